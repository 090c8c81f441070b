import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";

// The PostgreSQL rendering of ./retrieve.ts: the same candidates from the tsvector tables the
// search port keeps by triggers (prisma/postgres/migrations/…_triggers_and_search), each stem as a
// prefix (`stem:*`), ranked by ts_rank (negated, so lower is better as bm25 is), "rid" standing for
// FTS5's rowid (the order rows were added in).

type Client = Pick<PrismaClient, "$queryRaw">;
type Windows = { candidates: number; recentWindow: number; commonRows: number };

/** One stem as a prefix query; stems hold letters and digits only, quote_literal is the escaping. */
const stemQuery = (stem: string) => Prisma.sql`to_tsquery('simple', quote_literal(${stem}) || ':*')`;

/** Any of the stems, each as a prefix. */
const anyStemQuery = (stems: readonly string[]) => Prisma.sql`(${Prisma.join(stems.map(stemQuery), " || ")})`;

export async function recommendationStemCounts(
  client: Client,
  stems: readonly string[],
  { commonRows }: Windows,
): Promise<Map<string, number>> {
  const columns = stems.map(
    (stem, index) => Prisma.sql`(SELECT count(*) FROM (SELECT 1 FROM "RecommendationSearch"
      WHERE "document" @@ ${stemQuery(stem)} LIMIT ${commonRows + 1}) AS "x") AS ${Prisma.raw(`"c${index}"`)}`,
  );
  const rows = await client.$queryRaw<Record<string, bigint | number>[]>`SELECT ${Prisma.join(columns)}`;
  return new Map(stems.map((stem, index) => [stem, Number(rows[0]?.[`c${index}`] ?? 0)]));
}

export async function recommendationCandidateIds(
  client: Client,
  query: { rare: string[]; all: string[] },
  exclude: { commitmentId?: string; recommendationId?: string },
  { candidates, recentWindow }: Windows,
): Promise<string[]> {
  const anyStem = anyStemQuery(query.all);
  const window = await client.$queryRaw<
    { start: bigint | number }[]
  >`SELECT "rid" AS "start" FROM "RecommendationSearch"
    WHERE "document" @@ ${anyStem} ORDER BY "rid" DESC LIMIT 1 OFFSET ${recentWindow - 1}`;
  const start = window[0]?.start ?? 0;
  const rare =
    query.rare.length === 0 || start === 0
      ? Prisma.empty
      : Prisma.sql`(SELECT "id", -ts_rank("document", ${anyStemQuery(query.rare)}) AS "score" FROM "RecommendationSearch"
          WHERE "document" @@ ${anyStemQuery(query.rare)} ORDER BY "score" LIMIT ${candidates}) UNION ALL `;
  const commitmentId = exclude.commitmentId ?? "";
  const rows = await client.$queryRaw<{ id: string }[]>`SELECT "r"."id" AS "id"
    FROM (SELECT "id", min("score") AS "score" FROM (${rare}(SELECT "id", -ts_rank("document", ${anyStem}) AS "score"
      FROM "RecommendationSearch" WHERE "document" @@ ${anyStem} AND "rid" >= ${start} ORDER BY "score" LIMIT ${candidates})) AS "u"
      GROUP BY "id") AS "s"
    JOIN "Recommendation" AS "r" ON "r"."id" = "s"."id"
    WHERE "r"."id" <> ${exclude.recommendationId ?? ""}
      AND NOT EXISTS (SELECT 1 FROM "CommitmentRecommendation" AS "l" WHERE "l"."commitmentId" = ${commitmentId} AND "l"."recommendationId" = "r"."id")
      AND NOT EXISTS (SELECT 1 FROM "SuggestionDecision" AS "d" WHERE "d"."commitmentId" = ${commitmentId} AND "d"."recommendationId" = "r"."id")
    ORDER BY "s"."score", "r"."id"`;
  return rows.map((row) => row.id);
}

export async function commitmentCandidateIds(
  client: Client,
  stems: readonly string[],
  recommendationId: string,
  { candidates }: Windows,
): Promise<string[]> {
  const anyStem = anyStemQuery(stems);
  const rows = await client.$queryRaw<{ id: string }[]>`SELECT "c"."id" AS "id"
    FROM (SELECT "id", -ts_rank("document", ${anyStem}) AS "score" FROM "CommitmentSearch"
      WHERE "document" @@ ${anyStem} ORDER BY "score" LIMIT ${candidates}) AS "s"
    JOIN "Commitment" AS "c" ON "c"."id" = "s"."id"
    WHERE NOT "c"."isArchived"
      AND NOT EXISTS (SELECT 1 FROM "CommitmentRecommendation" AS "l" WHERE "l"."recommendationId" = ${recommendationId} AND "l"."commitmentId" = "c"."id")
      AND NOT EXISTS (SELECT 1 FROM "SuggestionDecision" AS "d" WHERE "d"."recommendationId" = ${recommendationId} AND "d"."commitmentId" = "c"."id")
    ORDER BY "s"."score", "c"."id"`;
  return rows.map((row) => row.id);
}

export async function recommendationRowEstimate(client: Client): Promise<number> {
  const rows = await client.$queryRaw<
    { n: bigint | number | null }[]
  >`SELECT max("rid") AS "n" FROM "RecommendationSearch"`;
  return Number(rows[0]?.n ?? 0);
}
