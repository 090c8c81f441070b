import { Prisma } from "@/lib/generated/prisma/client";
import type { SearchAlternative, SearchQuery } from "./query";
import type { FilteredSearchPage, SearchIndexName } from "./sql";

// The PostgreSQL rendering of lib/search/sql.ts: the tsvector tables kept by triggers (migration
// prisma/postgres/migrations/20261207140001_triggers_and_search) answer the same SearchQuery. Tokens
// are folded by the same SQL function as the documents (uade_search_text: lower case, unaccent,
// punctuation splits), prefixes are `:*`, phrases `<->`, and "rid" is the order rows were added in.

const INDEXES = {
  recommendations: "RecommendationSearch",
  commitments: "CommitmentSearch",
} as const satisfies Record<SearchIndexName, string>;

const indexOf = (name: SearchIndexName) => Prisma.raw(`"${INDEXES[name]}"`);

/** One alternative as a tsquery: its tokens in a row, the last as a prefix when asked. */
function alternative({ tokens, isPrefix }: SearchAlternative): Prisma.Sql {
  const phrase = Prisma.sql`phraseto_tsquery('simple', uade_search_text(${tokens.join(" ")}))`;
  if (!isPrefix) return phrase;
  const last = tokens.at(-1) ?? "";
  const prefix = Prisma.sql`to_tsquery('simple', quote_literal(trim(uade_search_text(${last}))) || ':*')`;
  if (tokens.length === 1) return prefix;
  const before = Prisma.sql`phraseto_tsquery('simple', uade_search_text(${tokens.slice(0, -1).join(" ")}))`;
  return Prisma.sql`tsquery_phrase(${before}, ${prefix})`;
}

/** The tsquery for a query with at least one term: terms joined by AND (&&), alternatives by OR (||). */
export function tsquery(query: SearchQuery): Prisma.Sql {
  const terms = query.terms.map((term) => Prisma.sql`(${Prisma.join(term.alternatives.map(alternative), " || ")})`);
  return Prisma.sql`(${Prisma.join(terms, " && ")})`;
}

/** As sql.ts's searchJoin: the rows of `alias` matching, with `"search"."score"` (lower is better). */
export function searchJoin(name: SearchIndexName, alias: string, query: SearchQuery): Prisma.Sql {
  const index = indexOf(name);
  return Prisma.sql`JOIN (SELECT "id" AS "sid", -ts_rank("document", ${tsquery(query)}) AS "score" FROM ${index}
    WHERE "document" @@ ${tsquery(query)}) AS "search" ON "search"."sid" = ${Prisma.raw(`"${alias}"."id"`)}`;
}

/** As sql.ts's newestMatchesSql: the ids (as `"rid"`, joined by matchedRowKey) of the newest matches. */
export function newestMatchesSql(name: SearchIndexName, query: SearchQuery, limit: number): Prisma.Sql {
  return Prisma.sql`SELECT "s"."id" AS "rid" FROM ${indexOf(name)} AS "s" WHERE "s"."document" @@ ${tsquery(query)}
    ORDER BY "s"."rid" DESC LIMIT ${limit}`;
}

/** As sql.ts's filteredSearchPageSql: the window is the newest matches by "rid"; its rows scored as searchJoin scores. */
export function filteredSearchPageSql(
  name: SearchIndexName,
  table: string,
  alias: string,
  query: SearchQuery,
  conditions: Prisma.Sql[],
  page: FilteredSearchPage,
): Prisma.Sql {
  const index = indexOf(name);
  const row = Prisma.raw(`"${table}" AS "${alias}"`);
  const id = Prisma.raw(`"${alias}"."id"`);
  const rest = conditions.length > 0 ? Prisma.sql`AND ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  return Prisma.sql`WITH "f" AS MATERIALIZED (SELECT "s"."rid" AS "rid", "s"."id" AS "sid" FROM ${index} AS "s"
      JOIN ${row} ON ${id} = "s"."id" WHERE "s"."document" @@ ${tsquery(query)} ${rest}
      ORDER BY "s"."rid" DESC LIMIT ${page.countLimit}),
    "w" AS MATERIALIZED (SELECT "sid" FROM "f" ORDER BY "rid" DESC LIMIT ${page.window}),
    "p" AS MATERIALIZED (SELECT ${id} AS "id", row_number() OVER (ORDER BY "search"."score", ${page.order}) AS "position"
      FROM (SELECT "s"."id" AS "sid", -ts_rank("s"."document", ${tsquery(query)}) AS "score" FROM "w"
        JOIN ${index} AS "s" ON "s"."id" = "w"."sid") AS "search"
      JOIN ${row} ON ${id} = "search"."sid"
      ORDER BY "position" LIMIT ${page.limit} OFFSET ${page.offset})
    SELECT "c"."n" AS "n", "p"."id" AS "id" FROM (SELECT count(*) AS "n" FROM "f") AS "c" LEFT JOIN "p" ON TRUE
    ORDER BY "p"."position"`;
}

/** As sql.ts's searchCountSql. */
export function searchCountSql(name: SearchIndexName, query: SearchQuery): Prisma.Sql {
  return Prisma.sql`SELECT count(*) AS "n" FROM ${indexOf(name)} WHERE "document" @@ ${tsquery(query)}`;
}

/** As sql.ts's searchWindowStartSql. */
export function searchWindowStartSql(name: SearchIndexName, query: SearchQuery, window: number): Prisma.Sql {
  return Prisma.sql`SELECT "rid" AS "start" FROM ${indexOf(name)} WHERE "document" @@ ${tsquery(query)}
    ORDER BY "rid" DESC LIMIT 1 OFFSET ${window - 1}`;
}

/** As sql.ts's rankedPageSql. */
export function rankedPageSql(
  name: SearchIndexName,
  table: string,
  query: SearchQuery,
  { windowStart, limit, offset }: { windowStart: bigint | number | null; limit: number; offset: number },
): Prisma.Sql {
  const index = indexOf(name);
  const from = windowStart === null ? Prisma.empty : Prisma.sql`AND "rid" >= ${windowStart}`;
  return Prisma.sql`SELECT "t"."id" AS "id" FROM (SELECT "id" AS "sid", "rid", -ts_rank("document", ${tsquery(query)}) AS "score"
      FROM ${index} WHERE "document" @@ ${tsquery(query)} ${from} ORDER BY "score", "rid" DESC LIMIT ${limit} OFFSET ${offset}) AS "s"
    JOIN ${Prisma.raw(`"${table}"`)} AS "t" ON "t"."id" = "s"."sid" ORDER BY "s"."score", "s"."rid" DESC`;
}
