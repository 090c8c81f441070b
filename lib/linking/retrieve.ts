import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { dialectOf } from "@/lib/db/dialect";
import * as postgres from "./retrieve-postgres";
import type { TermWeights } from "./terms";

// Every piece of linking SQL lives here (SQLite FTS5) and in ./retrieve-postgres.ts (the same
// queries with `to_tsquery('simple', 'stem:*') || …` and `ts_rank` over PostgreSQL's tsvector tables). Candidates come from the full-text index, never from a scan of the table: the
// profile's weightiest stems, each as a prefix, joined by OR, the best by bm25 (see recommendationCandidateIds).

/** How many rows each arm of a query hands to the reranker (at most twice this in all). */
export const CANDIDATES = 100;
/** How many of the profile's stems are searched (the weightiest; the rest only count in the rerank). */
export const QUERY_STEMS = 12;
/** A query whose stems are held by more rows than this scores only the most recently added this many (and every row with a rare stem). */
const RECENT_WINDOW = 5_000;
/** A stem found in more rows than this is common at this size: it is left out of the query when rarer ones exist. */
const COMMON_ROWS = 3_000;

type Client = Pick<PrismaClient, "$queryRaw">;

const isPostgres = () => dialectOf() === "postgres";
const WINDOWS = () => ({ candidates: CANDIDATES, recentWindow: RECENT_WINDOW, commonRows: COMMON_ROWS });

const quote = (stem: string) => `"${stem.replaceAll('"', '""')}" *`;

/** The weightiest stems of a profile, heaviest first (ties: the longer, then alphabetical, so runs repeat). */
export function weightiestStems(terms: TermWeights, count = QUERY_STEMS): string[] {
  return [...terms.entries()]
    .sort(([a, left], [b, right]) => right - left || b.length - a.length || a.localeCompare(b))
    .slice(0, count)
    .map(([stem]) => stem);
}

/**
 * How many recommendations each stem is found in, counted up to COMMON_ROWS + 1 (a bounded read
 * of the index per stem: "rights" at 300,000 rows costs what a rare word does).
 */
export async function recommendationStemCounts(client: Client, stems: readonly string[]): Promise<Map<string, number>> {
  if (stems.length === 0) return new Map();
  if (isPostgres()) return postgres.recommendationStemCounts(client, stems, WINDOWS());
  // One statement, one round trip: a count per stem, each over at most COMMON_ROWS + 1 rows of the index.
  const columns = stems.map(
    (stem, index) => Prisma.sql`(SELECT count(*) FROM (SELECT 1 FROM "RecommendationSearch"
      WHERE "RecommendationSearch" MATCH ${quote(stem)} LIMIT ${COMMON_ROWS + 1})) AS ${Prisma.raw(`"c${index}"`)}`,
  );
  const rows = await client.$queryRaw<Record<string, bigint | number>[]>`SELECT ${Prisma.join(columns)}`;
  return new Map(stems.map((stem, index) => [stem, Number(rows[0]?.[`c${index}`] ?? 0)]));
}

/** The stems a query searches: the rare ones (in at most COMMON_ROWS rows) and all that are found at all. */
export type StemQuery = { rare: string[]; all: string[] };

/** Splits the stems by how many rows hold them (stems found nowhere are dropped). */
export function searchableStems(stems: readonly string[], counts: ReadonlyMap<string, number>): StemQuery {
  const all = stems.filter((stem) => (counts.get(stem) ?? 0) > 0);
  return { rare: all.filter((stem) => (counts.get(stem) ?? 0) <= COMMON_ROWS), all };
}

/** The MATCH expression: any of the stems, each as a prefix. Stems hold letters and digits only; quoting is the escaping. */
export function anyStemExpression(stems: readonly string[]): string {
  return stems.map(quote).join(" OR ");
}

/**
 * The ids of up to 2 × CANDIDATES recommendations for a stem query, leaving out those already
 * linked to `commitmentId` or marked "not related" to it, and `recommendationId` itself: the best
 * CANDIDATES by bm25 among all rows holding a rare stem, and the best CANDIDATES holding any stem
 * among the RECENT_WINDOW most recently added such rows. Scoring every row that holds a common word
 * ("violence" in 50,000 rows at 300,000) took 110–200 ms; the window bounds it at any size.
 */
export async function recommendationCandidateIds(
  client: Client,
  query: StemQuery,
  exclude: { commitmentId?: string; recommendationId?: string } = {},
): Promise<string[]> {
  if (query.all.length === 0) return [];
  if (isPostgres()) return postgres.recommendationCandidateIds(client, query, exclude, WINDOWS());
  const anyStem = anyStemExpression(query.all);
  const window = await client.$queryRaw<
    { start: bigint | number }[]
  >`SELECT rowid AS "start" FROM "RecommendationSearch"
    WHERE "RecommendationSearch" MATCH ${anyStem} ORDER BY rowid DESC LIMIT 1 OFFSET ${RECENT_WINDOW - 1}`;
  const start = window[0]?.start ?? 0;
  const rare =
    query.rare.length === 0 || start === 0
      ? Prisma.empty
      : Prisma.sql`SELECT * FROM (SELECT rowid AS "rid", bm25("RecommendationSearch") AS "score" FROM "RecommendationSearch"
          WHERE "RecommendationSearch" MATCH ${anyStemExpression(query.rare)} ORDER BY "score" LIMIT ${CANDIDATES}) UNION ALL `;
  const commitmentId = exclude.commitmentId ?? "";
  const rows = await client.$queryRaw<{ id: string }[]>`SELECT "r"."id" AS "id"
    FROM (SELECT "rid", min("score") AS "score" FROM (${rare}SELECT * FROM (SELECT rowid AS "rid", bm25("RecommendationSearch") AS "score"
      FROM "RecommendationSearch" WHERE "RecommendationSearch" MATCH ${anyStem} AND rowid >= ${start} ORDER BY "score" LIMIT ${CANDIDATES}))
      GROUP BY "rid") AS "s"
    JOIN "Recommendation" AS "r" ON "r".rowid = "s"."rid"
    WHERE "r"."id" <> ${exclude.recommendationId ?? ""}
      AND NOT EXISTS (SELECT 1 FROM "CommitmentRecommendation" AS "l" WHERE "l"."commitmentId" = ${commitmentId} AND "l"."recommendationId" = "r"."id")
      AND NOT EXISTS (SELECT 1 FROM "SuggestionDecision" AS "d" WHERE "d"."commitmentId" = ${commitmentId} AND "d"."recommendationId" = "r"."id")
    ORDER BY "s"."score"`;
  return rows.map((row) => row.id);
}

/**
 * The ids of commitments (not archived) matching any stem in their title, summary or translations,
 * best first, leaving out those linked to `recommendationId` or marked "not related" to it.
 */
export async function commitmentCandidateIds(
  client: Client,
  stems: readonly string[],
  recommendationId: string,
): Promise<string[]> {
  if (stems.length === 0) return [];
  if (isPostgres()) return postgres.commitmentCandidateIds(client, stems, recommendationId, WINDOWS());
  const rows = await client.$queryRaw<{ id: string }[]>`SELECT "c"."id" AS "id"
    FROM (SELECT rowid AS "rid", bm25("CommitmentSearch") AS "score" FROM "CommitmentSearch"
      WHERE "CommitmentSearch" MATCH ${anyStemExpression(stems)} ORDER BY "score" LIMIT ${CANDIDATES}) AS "s"
    JOIN "Commitment" AS "c" ON "c".rowid = "s"."rid"
    WHERE "c"."isArchived" = 0
      AND NOT EXISTS (SELECT 1 FROM "CommitmentRecommendation" AS "l" WHERE "l"."recommendationId" = ${recommendationId} AND "l"."commitmentId" = "c"."id")
      AND NOT EXISTS (SELECT 1 FROM "SuggestionDecision" AS "d" WHERE "d"."recommendationId" = ${recommendationId} AND "d"."commitmentId" = "c"."id")
    ORDER BY "s"."score"`;
  return rows.map((row) => row.id);
}

/** The largest rowid of the recommendations: the row count's stand-in for rarity (read from the key, no count). */
export async function recommendationRowEstimate(client: Client): Promise<number> {
  if (isPostgres()) return postgres.recommendationRowEstimate(client);
  const rows = await client.$queryRaw<{ n: bigint | number | null }[]>`SELECT max(rowid) AS "n" FROM "Recommendation"`;
  return Number(rows[0]?.n ?? 0);
}
