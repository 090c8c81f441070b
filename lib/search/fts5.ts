import type { SearchAlternative, SearchQuery } from "./query";

// The SQLite FTS5 rendering of a SearchQuery. Tokens hold only letters, digits and marks
// (lib/search/query.ts), so quoting them is all the escaping needed; a doubled quote is added anyway
// so this function stays safe whatever it is given.

const quote = (token: string) => `"${token.replaceAll('"', '""')}"`;

function alternative({ tokens, isPrefix }: SearchAlternative): string {
  return `${quote(tokens.join(" "))}${isPrefix ? " *" : ""}`;
}

/** The MATCH expression for a query with at least one term: terms joined by AND, alternatives by OR. */
export function fts5MatchExpression(query: SearchQuery): string {
  return query.terms
    .map((term) =>
      term.alternatives.length === 1
        ? alternative(term.alternatives[0]!)
        : `(${term.alternatives.map(alternative).join(" OR ")})`,
    )
    .join(" AND ");
}
