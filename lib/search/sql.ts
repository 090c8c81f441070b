import { Prisma } from "@/lib/generated/prisma/client";
import { dialectOf } from "@/lib/db/dialect";
import { fts5MatchExpression } from "./fts5";
import type { SearchQuery } from "./query";
import * as postgres from "./postgres";

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
export function searchJoin(
  name: SearchIndexName,
  alias: string,
  query: SearchQuery,
  { fromRow = null }: { fromRow?: bigint | number | null } = {},
): Prisma.Sql {
  if (dialectOf() === "postgres") return postgres.searchJoin(name, alias, query, { fromRow });
  const index = indexOf(name);
  // `fromRow` (see filteredSearchWindowStartSql) bounds the scoring to the newest matches.
  const from = fromRow === null ? Prisma.empty : Prisma.sql`AND rowid >= ${fromRow}`;
  return Prisma.sql`JOIN (SELECT rowid AS "rid", bm25(${index}) AS "score" FROM ${index} WHERE ${index} MATCH ${fts5MatchExpression(query)} ${from}) AS "search" ON "search"."rid" = ${Prisma.raw(`"${alias}".rowid`)}`;
}

/**
 * A JOIN that keeps only the rows of `alias` (a table of `name`) matching the query, without scoring
 * them: for counting and grouping, where the order does not matter. The index is read as a stream,
 * so a LIMIT stops it early (unlike `rowid IN (…)`, which lists every match first: 4× slower for a
 * word in 50,000 texts, measured). The query must have terms.
 */
export function searchFilterJoin(name: SearchIndexName, alias: string, query: SearchQuery): Prisma.Sql {
  if (dialectOf() === "postgres") return postgres.searchFilterJoin(name, alias, query);
  const index = indexOf(name);
  return Prisma.sql`JOIN ${index} ON ${index}.rowid = ${Prisma.raw(`"${alias}".rowid`)} AND ${index} MATCH ${fts5MatchExpression(query)}`;
}

/**
 * The rowids (`"rid"`) of the `limit` most recently added matches, newest first, read from the index
 * alone: a bounded set of matches to count or group over, whatever the words' frequency.
 */
export function newestMatchesSql(name: SearchIndexName, query: SearchQuery, limit: number): Prisma.Sql {
  if (dialectOf() === "postgres") return postgres.newestMatchesSql(name, query, limit);
  const index = indexOf(name);
  return Prisma.sql`SELECT rowid AS "rid" FROM ${index} WHERE ${index} MATCH ${fts5MatchExpression(query)} ORDER BY rowid DESC LIMIT ${limit}`;
}

/**
 * The rowid (`"start"`) from which the `window` most recently added rows of `table` (as `alias`)
 * matching the query and every one of `conditions` (on `alias`) begin; no row when fewer match.
 * The filtered counterpart of searchWindowStartSql: the index is read newest first and stops there.
 */
export function filteredSearchWindowStartSql(
  name: SearchIndexName,
  table: string,
  alias: string,
  query: SearchQuery,
  conditions: Prisma.Sql[],
  window: number,
): Prisma.Sql {
  if (dialectOf() === "postgres")
    return postgres.filteredSearchWindowStartSql(name, table, alias, query, conditions, window);
  const index = indexOf(name);
  const column = Prisma.raw(`"${alias}".rowid`);
  const rest = conditions.length > 0 ? Prisma.sql`AND ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  return Prisma.sql`SELECT ${column} AS "start" FROM ${index} JOIN ${Prisma.raw(`"${table}" AS "${alias}"`)}
    ON ${column} = ${index}.rowid WHERE ${index} MATCH ${fts5MatchExpression(query)} ${rest}
    ORDER BY ${index}.rowid DESC LIMIT 1 OFFSET ${window - 1}`;
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

/**
 * The key a row of `alias` is joined to the rows newestMatchesSql gives by: SQLite's rowid (the
 * FTS5 index shares it), PostgreSQL's id (its search tables name the row they index).
 */
export function matchedRowKey(alias: string): Prisma.Sql {
  return Prisma.raw(dialectOf() === "postgres" ? `"${alias}"."id"` : `"${alias}".rowid`);
}

/** SQLite's CROSS JOIN keeps the join order as written (its planner otherwise scans the larger side); PostgreSQL plans it itself. */
export function orderedJoin(): Prisma.Sql {
  return Prisma.raw(dialectOf() === "postgres" ? "JOIN" : "CROSS JOIN");
}
