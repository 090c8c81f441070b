import { ASSESSMENTS, type AssessmentKey, type OfficialClaimKey } from "@/lib/vocabulary";
import { statusAsOf, type CurrentState, type HistoryEntry } from "@/lib/reports/as-of";

// The numbers behind the public charts, as pure functions (the charts draw exactly these, and
// their tests check them against the data).

export type AssessmentCounts = Record<AssessmentKey, number>;

/** Bars run from delivered to not delivered, with "Not yet assessed" last (the grey remainder). */
export const CHART_ORDER: readonly AssessmentKey[] = [
  "IMPLEMENTED",
  "PARTIALLY_IMPLEMENTED",
  "IN_PROGRESS",
  "STALLED",
  "NOT_STARTED",
  "REVERSED",
  "NOT_ASSESSED",
];

export function emptyCounts(): AssessmentCounts {
  return Object.fromEntries(ASSESSMENTS.map((key) => [key, 0])) as AssessmentCounts;
}

/** Fills in zeros for a partial tally. */
export function toCounts(partial: Partial<Record<string, number>>): AssessmentCounts {
  const counts = emptyCounts();
  for (const key of ASSESSMENTS) counts[key] = partial[key] ?? 0;
  return counts;
}

export function totalOf(counts: AssessmentCounts): number {
  return ASSESSMENTS.reduce((sum, key) => sum + counts[key], 0);
}

export type Segment = { key: AssessmentKey; count: number; /** 0–100 */ start: number; /** 0–100 */ size: number };

/** The non-empty segments of one stacked bar, as shares (percent) of `scale` (default: the bar's own total). */
export function stackSegments(counts: AssessmentCounts, scale: number = totalOf(counts)): Segment[] {
  if (scale <= 0) return [];
  const segments: Segment[] = [];
  let start = 0;
  for (const key of CHART_ORDER) {
    const count = counts[key];
    if (count <= 0) continue;
    const size = (count / scale) * 100;
    segments.push({ key, count, start, size });
    start += size;
  }
  return segments;
}

/** The last day of each calendar month from `from`'s month to `to`'s month; the current month ends on `to`. */
export function monthEnds(from: Date, to: Date): Date[] {
  const ends: Date[] = [];
  let year = from.getUTCFullYear();
  let month = from.getUTCMonth();
  while (year < to.getUTCFullYear() || (year === to.getUTCFullYear() && month <= to.getUTCMonth())) {
    const end = new Date(Date.UTC(year, month + 1, 0));
    ends.push(end.getTime() > to.getTime() ? to : end);
    month += 1;
    if (month === 12) {
      month = 0;
      year += 1;
    }
  }
  return ends;
}

export type SeriesCommitment = CurrentState & { id: string; firstStatedOn: Date | null };
export type SeriesPoint = { month: string; asOf: Date; counts: AssessmentCounts; total: number };

/** How many months the progress chart shows at most (the newest ones). */
export const MAX_MONTHS = 24;

/**
 * The assessment distribution at the end of each month, computed from the append-only history
 * with the same rule as the snapshot report (statusAsOf): a commitment counts from the month it
 * was first stated (or always, when that date is unknown). Months run from the first recorded
 * assessment change (at least the last 12) to today.
 */
export function assessmentSeries(
  commitments: readonly SeriesCommitment[],
  history: readonly (HistoryEntry & { commitmentId: string })[],
  today: Date,
): SeriesPoint[] {
  const byCommitment = new Map<string, HistoryEntry[]>();
  for (const entry of history)
    byCommitment.set(entry.commitmentId, [...(byCommitment.get(entry.commitmentId) ?? []), entry]);
  const firstChange = history.reduce<Date | null>(
    (first, entry) =>
      entry.field === "ASSESSMENT" && (!first || entry.effectiveOn < first) ? entry.effectiveOn : first,
    null,
  );
  const yearAgo = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 11, 1));
  const start = firstChange && firstChange < yearAgo ? firstChange : yearAgo;
  const ends = monthEnds(start, today).slice(-MAX_MONTHS);
  return ends.map((asOf) => {
    const counts = emptyCounts();
    for (const commitment of commitments) {
      if (commitment.firstStatedOn && commitment.firstStatedOn > asOf) continue;
      counts[statusAsOf(commitment, byCommitment.get(commitment.id) ?? [], asOf).assessment] += 1;
    }
    return { month: asOf.toISOString().slice(0, 7), asOf, counts, total: totalOf(counts) };
  });
}

export type ClaimAssessmentCell = { claim: OfficialClaimKey; assessment: AssessmentKey; count: number };

/** Assessments that show real progress (anything short of it is no progress, a halt or a reversal). */
export const PROGRESS_ASSESSMENTS: readonly AssessmentKey[] = ["IN_PROGRESS", "PARTIALLY_IMPLEMENTED", "IMPLEMENTED"];

/**
 * The claim-vs-evidence gap in two pairs of figures: commitments the government calls adopted
 * against those of them the evidence shows implemented; and those it says are in progress or
 * adopted against those of them where the evidence shows any progress.
 */
export function gapFigures(cells: readonly ClaimAssessmentCell[]) {
  const sum = (keep: (cell: ClaimAssessmentCell) => boolean) =>
    cells.filter(keep).reduce((total, cell) => total + cell.count, 0);
  const isActiveClaim = (cell: ClaimAssessmentCell) => cell.claim === "ADOPTED" || cell.claim === "IN_PROGRESS";
  return {
    claimedAdopted: sum((cell) => cell.claim === "ADOPTED"),
    adoptedAndImplemented: sum((cell) => cell.claim === "ADOPTED" && cell.assessment === "IMPLEMENTED"),
    adoptedNotAssessed: sum((cell) => cell.claim === "ADOPTED" && cell.assessment === "NOT_ASSESSED"),
    claimedActive: sum(isActiveClaim),
    activeWithProgress: sum((cell) => isActiveClaim(cell) && PROGRESS_ASSESSMENTS.includes(cell.assessment)),
    activeNotAssessed: sum((cell) => isActiveClaim(cell) && cell.assessment === "NOT_ASSESSED"),
  };
}
