import { ASSESSMENTS, type AssessmentKey } from "@/lib/vocabulary";

export type AssessmentCounts = Partial<Record<string, number>>;

/** The headline tally's order: what was kept first, then the shortfalls, "Not yet assessed" last. */
export const TALLY_ORDER: readonly AssessmentKey[] = [
  "IMPLEMENTED",
  "PARTIALLY_IMPLEMENTED",
  "IN_PROGRESS",
  "NOT_STARTED",
  "STALLED",
  "REVERSED",
  "NOT_ASSESSED",
];

export type TallyEntry = { key: AssessmentKey; count: number; share: number; href: string };

/**
 * One entry per assessment, in TALLY_ORDER, each with its count, its share of the total (0–1) and
 * the address of the commitment list filtered to it: every number on the headline links to its rows.
 */
export function assessmentTally(counts: AssessmentCounts): { total: number; entries: TallyEntry[] } {
  const total = ASSESSMENTS.reduce((sum, key) => sum + (counts[key] ?? 0), 0);
  return {
    total,
    entries: TALLY_ORDER.map((key) => {
      const count = counts[key] ?? 0;
      return { key, count, share: total === 0 ? 0 : count / total, href: `/commitments?assessment=${key}` };
    }),
  };
}

/** Column sums of count rows (a summary table's totals row): every assessment present, zero when none. */
export function totalsOf(rows: readonly { counts: Record<string, number> }[]): Record<AssessmentKey, number> {
  const totals = Object.fromEntries(ASSESSMENTS.map((key) => [key, 0])) as Record<AssessmentKey, number>;
  for (const row of rows) for (const key of ASSESSMENTS) totals[key] += row.counts[key] ?? 0;
  return totals;
}
