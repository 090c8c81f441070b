import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PUBLIC_WHERE, readThroughCache } from "@/lib/commitments/data";
import { assessmentSeries, toCounts, type AssessmentCounts, type SeriesPoint } from "./series";

/**
 * The month-by-month assessment distribution of the published commitments matching `where`
 * (all, one theme, one body, one instrument), from the append-only history.
 */
export async function getAssessmentSeries(where: Prisma.CommitmentWhereInput, today: Date): Promise<SeriesPoint[]> {
  // The whole history is read and replayed month by month: reuse it while the data is unchanged.
  return readThroughCache(`series:${today.toISOString()}:${JSON.stringify(where)}`, () =>
    readAssessmentSeries(where, today),
  );
}

async function readAssessmentSeries(where: Prisma.CommitmentWhereInput, today: Date): Promise<SeriesPoint[]> {
  const scope: Prisma.CommitmentWhereInput = { AND: [PUBLIC_WHERE, where] };
  const [commitments, history] = await Promise.all([
    db.commitment.findMany({
      where: scope,
      select: {
        id: true,
        assessment: true,
        assessmentSince: true,
        officialClaim: true,
        claimSince: true,
        firstStatedOn: true,
      },
    }),
    db.statusChange.findMany({
      where: { field: "ASSESSMENT", commitment: scope },
      select: { commitmentId: true, field: true, fromValue: true, toValue: true, effectiveOn: true, recordedAt: true },
    }),
  ]);
  return assessmentSeries(commitments, history, today);
}

/** Published commitments by theme and assessment (the "by theme" stacked bars). */
export async function getThemeTallies(): Promise<{ category: string; counts: AssessmentCounts }[]> {
  const groups = await db.commitment.groupBy({
    by: ["category", "assessment"],
    where: PUBLIC_WHERE,
    _count: { _all: true },
  });
  const byCategory = new Map<string, Partial<Record<string, number>>>();
  for (const row of groups)
    byCategory.set(row.category, { ...byCategory.get(row.category), [row.assessment]: row._count._all });
  return [...byCategory].map(([category, partial]) => ({ category, counts: toCounts(partial) }));
}
