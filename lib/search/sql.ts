import { Prisma } from "@/lib/generated/prisma/client";
import { dialectOf } from "@/lib/db/dialect";
import { fts5MatchExpression } from "./fts5";
import * as postgres from "./postgres";
import type { SearchQuery } from "./query";

// Every piece of search SQL lives here, so a PostgreSQL deployment replaces this one file: its
// `tsvector` columns answer the same SearchQuery (lib/search/query.ts) with `to_tsquery('simple', …)`,
// `:*` for prefixes, `<->` for phrases, `ts_rank` for the score and the row's id for "most recent".

/** What can be searched: the full-text index kept beside each table (triggers in the migration). */
const INDEXES = {
  recommendations: "RecommendationSearch",
  commitments: "CommitmentSearch",
} as const;

export type SearchIndexName = keyof typeof INDEXES;

const indexOf = (name: SearchIndexName) => Prisma.raw(`"${INDEXES[name]}"`);

/**
 * A JOIN that keeps only the rows of `alias` (a table of `name`) matching the query, and exposes
 * their relevance as `"search"."score"` (lower is better: see searchOrder). The query must have terms.
 * It scores every match: use it where other filters narrow the rows, or the index is small.
 */
export function searchJoin(name: SearchIndexName, alias: string, query: SearchQuery): Prisma.Sql {
  if (dialectOf() === "postgres") return postgres.searchJoin(name, alias, query);
  const index = indexOf(name);
  return Prisma.sql`JOIN (SELECT rowid AS "rid", bm25(${index}) AS "score" FROM ${index} WHERE ${index} MATCH ${fts5MatchExpression(query)}) AS "search" ON "search"."rid" = ${Prisma.raw(`"${alias}".rowid`)}`;
}

/** The ORDER BY term that puts the best match first (with searchJoin). */
export const searchOrder: Prisma.Sql = Prisma.sql`"search"."score" ASC`;

/** How many rows match, read from the index alone (no row of the table is visited). */
export function searchCountSql(name: SearchIndexName, query: SearchQuery): Prisma.Sql {
  if (dialectOf() === "postgres") return postgres.searchCountSql(name, query);
  const index = indexOf(name);
  return Prisma.sql`SELECT count(*) AS "n" FROM ${index} WHERE ${index} MATCH ${fts5MatchExpression(query)}`;
}

/**
 * The position (`"start"`) from which the `window` most recently added matches begin, or no row when
 * fewer match: ranking is then limited to them, so a word found in 40,000 texts costs what one found
 * in `window` texts does (scoring all 43,545 matches of «пытки» took 0.1–0.2 s, measured at 300,000).
 */
export function searchWindowStartSql(name: SearchIndexName, query: SearchQuery, window: number): Prisma.Sql {
  if (dialectOf() === "postgres") return postgres.searchWindowStartSql(name, query, window);
  const index = indexOf(name);
  return Prisma.sql`SELECT rowid AS "start" FROM ${index} WHERE ${index} MATCH ${fts5MatchExpression(query)}
    ORDER BY rowid DESC LIMIT 1 OFFSET ${window - 1}`;
}

/**
 * The ids of one page of matches of `table` (no other filter), best first, among the matches from
 * `windowStart` on (all when null). `table` is the searched table's name, e.g. "Recommendation".
 */
export function rankedPageSql(
  name: SearchIndexName,
  table: string,
  query: SearchQuery,
  { windowStart, limit, offset }: { windowStart: bigint | number | null; limit: number; offset: number },
): Prisma.Sql {
  if (dialectOf() === "postgres") return postgres.rankedPageSql(name, table, query, { windowStart, limit, offset });
  const index = indexOf(name);
  const from = windowStart === null ? Prisma.empty : Prisma.sql`AND rowid >= ${windowStart}`;
  return Prisma.sql`SELECT "t"."id" AS "id" FROM (SELECT rowid AS "rid", bm25(${index}) AS "score" FROM ${index}
      WHERE ${index} MATCH ${fts5MatchExpression(query)} ${from} ORDER BY "score", "rid" DESC LIMIT ${limit} OFFSET ${offset}) AS "s"
    JOIN ${Prisma.raw(`"${table}"`)} AS "t" ON "t".rowid = "s"."rid" ORDER BY "s"."score", "s"."rid" DESC`;
}
