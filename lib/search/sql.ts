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
export function searchJoin(name: SearchIndexName, alias: string, query: SearchQuery): Prisma.Sql {
  if (dialectOf() === "postgres") return postgres.searchJoin(name, alias, query);
  const index = indexOf(name);
  return Prisma.sql`JOIN (SELECT rowid AS "rid", bm25(${index}) AS "score" FROM ${index} WHERE ${index} MATCH ${fts5MatchExpression(query)}) AS "search" ON "search"."rid" = ${Prisma.raw(`"${alias}".rowid`)}`;
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

/** How filteredSearchPageSql reads: matches counted up to `countLimit`, a page of the newest `window` of them. */
export type FilteredSearchPage = {
  countLimit: number;
  window: number;
  /** Ties of relevance, on `alias` (the list's order). */
  order: Prisma.Sql;
  limit: number;
  offset: number;
};

/**
 * One walk of the index, newest match first, for the words narrowed by `conditions` (on `alias`, a row
 * of `table`): how many match (`"n"`, on every row, stopping at `countLimit`) and the ids (`"id"`) of
 * one page, best first, among the `window` most recently added of them (all when fewer match). One
 * row with a null id when the page is empty. Counting, finding where the window starts and ranking it
 * were three walks of the same matches (a common word with a common theme: 30,000 matches each, 0.15 s
 * of the main thread at 300,000, measured); the window's rows are now scored from the first walk's list.
 */
export function filteredSearchPageSql(
  name: SearchIndexName,
  table: string,
  alias: string,
  query: SearchQuery,
  conditions: Prisma.Sql[],
  page: FilteredSearchPage,
): Prisma.Sql {
  if (dialectOf() === "postgres") return postgres.filteredSearchPageSql(name, table, alias, query, conditions, page);
  const index = indexOf(name);
  const row = Prisma.raw(`"${table}" AS "${alias}"`);
  const rest = conditions.length > 0 ? Prisma.sql`AND ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  return Prisma.sql`WITH "f" AS MATERIALIZED (SELECT ${index}.rowid AS "rid" FROM ${index} CROSS JOIN ${row}
      ON ${Prisma.raw(`"${alias}".rowid`)} = ${index}.rowid WHERE ${index} MATCH ${fts5MatchExpression(query)} ${rest}
      ORDER BY ${index}.rowid DESC LIMIT ${page.countLimit}),
    "w" AS MATERIALIZED (SELECT "rid" FROM "f" ORDER BY "rid" DESC LIMIT ${page.window}),
    "p" AS MATERIALIZED (SELECT ${Prisma.raw(`"${alias}"."id"`)} AS "id", row_number() OVER (ORDER BY "search"."score", ${page.order}) AS "position"
      FROM (SELECT rowid AS "rid", bm25(${index}) AS "score" FROM ${index} WHERE ${index} MATCH ${fts5MatchExpression(query)}
        AND rowid >= (SELECT min("rid") FROM "w") AND +rowid IN (SELECT "rid" FROM "w")) AS "search"
      CROSS JOIN ${row} ON ${Prisma.raw(`"${alias}".rowid`)} = "search"."rid"
      ORDER BY "position" LIMIT ${page.limit} OFFSET ${page.offset})
    SELECT "c"."n" AS "n", "p"."id" AS "id" FROM (SELECT count(*) AS "n" FROM "f") AS "c" LEFT JOIN "p" ON 1 = 1
    ORDER BY "p"."position"`;
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

/** The key of the match being walked in filteredSearchPageSql, as matchedRowKey gives a row's: so a condition can be tested before the row is read. */
export function searchedRowKey(name: SearchIndexName): Prisma.Sql {
  return dialectOf() === "postgres" ? Prisma.raw(`"s"."id"`) : Prisma.sql`${indexOf(name)}.rowid`;
}

/**
 * A condition that the row whose key (matchedRowKey or searchedRowKey) is `key` is one of `ids` (a
 * subquery selecting `"id"`s of `table`): on SQLite, a list of rowids built once, so a walk of the
 * index tests each match against it before reading the row (checking a common theme row by row read
 * two other rows per match). The `+` keeps SQLite from looking each listed rowid up in the index.
 */
export function rowKeyIn(table: string, key: Prisma.Sql, ids: Prisma.Sql): Prisma.Sql {
  if (dialectOf() === "postgres") return Prisma.sql`${key} IN (${ids})`;
  return Prisma.sql`+${key} IN (SELECT "k".rowid FROM (${ids}) AS "i" CROSS JOIN ${Prisma.raw(`"${table}"`)} AS "k" ON "k"."id" = "i"."id")`;
}
