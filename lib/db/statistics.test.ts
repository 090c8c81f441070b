import { beforeAll, describe, expect } from "vitest";
import { db } from "@/lib/db/client";
import { itOn } from "@/tests/support/postgres";
import { refreshPlannerStatistics } from "./statistics";

// The query plan SQLite picks for Prisma's relation filter "links of these recommendations whose
// commitment is published", before and after ANALYZE. Each test file has its own database copy.

const COMMITMENTS = 300;
const RECOMMENDATIONS = 30;
const LINKS_EACH = 10;

// What Prisma sends for commitmentRecommendation.findMany({ where: { recommendationId: { in }, commitment: PUBLIC_WHERE } }).
const LINKS_OF_PUBLISHED =
  'SELECT cr."commitmentId" FROM "CommitmentRecommendation" AS cr LEFT JOIN "Commitment" AS j0 ON j0."id" = cr."commitmentId" ' +
  'WHERE cr."recommendationId" IN (?, ?) AND j0."isPublished" = 1 AND j0."isArchived" = 0 AND j0."id" IS NOT NULL';

async function plan(): Promise<string> {
  const rows = await db.$queryRawUnsafe<{ detail: string }[]>(
    `EXPLAIN QUERY PLAN ${LINKS_OF_PUBLISHED}`,
    "stat-rec-0",
    "stat-rec-1",
  );
  return rows.map((row) => row.detail).join(" | ");
}

beforeAll(async () => {
  await db.commitment.createMany({
    data: Array.from({ length: COMMITMENTS }, (_, index) => ({
      id: `stat-c-${index}`,
      slug: `stat-c-${index}`,
      title: `T ${index}`,
      summary: "s",
      category: "justice",
      responsibleBody: "government",
      isPublished: true,
    })),
  });
  await db.recommendation.createMany({
    data: Array.from({ length: RECOMMENDATIONS }, (_, index) => ({
      id: `stat-rec-${index}`,
      mechanismCode: "CAT",
      cycle: "stat",
      symbol: "CAT/C/STAT/CO/1",
      paragraph: String(index + 1),
      text: "[FIXTURE]",
    })),
  });
  await db.commitmentRecommendation.createMany({
    data: Array.from({ length: RECOMMENDATIONS * LINKS_EACH }, (_, index) => ({
      recommendationId: `stat-rec-${index % RECOMMENDATIONS}`,
      commitmentId: `stat-c-${index % COMMITMENTS}`,
    })),
  });
});

describe("refreshPlannerStatistics", () => {
  itOn("postgres")("gives PostgreSQL's planner its row counts (ANALYZE, as on SQLite)", async () => {
    const tuples = async () =>
      Number(
        (
          await db.$queryRawUnsafe<{ n: number }[]>(
            `SELECT reltuples::float8 AS "n" FROM pg_class WHERE oid = '"CommitmentRecommendation"'::regclass`,
          )
        )[0]?.n,
      );
    // -1 (PostgreSQL 14+) or 0 until the table is analysed; then the exact count of this small table.
    expect(await tuples()).toBeLessThanOrEqual(0);
    await refreshPlannerStatistics(db);
    expect(await tuples()).toBe(await db.commitmentRecommendation.count());
  });

  itOn("sqlite")("makes SQLite start from the links asked for, not from every published commitment", async () => {
    await db.$executeRawUnsafe("DROP TABLE IF EXISTS sqlite_stat1");
    // Without statistics SQLite guessed that few commitments are published and walked all of them.
    expect(await plan()).toMatch(/^SEARCH j0 USING INDEX Commitment_isPublished/);
    await refreshPlannerStatistics(db);
    expect(await plan()).toMatch(/^SEARCH cr USING INDEX CommitmentRecommendation_recommendationId_idx/);
    const links = await db.$queryRawUnsafe<{ commitmentId: string }[]>(LINKS_OF_PUBLISHED, "stat-rec-0", "stat-rec-1");
    expect(links.map((row) => row.commitmentId).sort()).toEqual(
      [...Array(LINKS_EACH * 2).keys()]
        .map((index) => `stat-c-${(index % 2) + Math.floor(index / 2) * RECOMMENDATIONS}`)
        .sort(),
    );
  });
});
