import type { AssessmentKey, OfficialClaimKey, StatusFieldKey } from "@/lib/vocabulary";

export type HistoryEntry = {
  field: StatusFieldKey;
  fromValue: string;
  toValue: string;
  effectiveOn: Date;
  recordedAt: Date;
};

export type CurrentState = {
  officialClaim: OfficialClaimKey;
  claimSince: Date | null;
  assessment: AssessmentKey;
  assessmentSince: Date | null;
};

/** End of a calendar day (the last millisecond, UTC): a change effective that day counts "on" it. */
export function endOfDay(day: Date): Date {
  return new Date(day.getTime() + 86_400_000 - 1);
}

function valueAsOf<T extends string>(
  entries: HistoryEntry[],
  current: T,
  currentSince: Date | null,
  asOf: Date,
): { value: T; since: Date | null } {
  // Order by effective date, then by when it was recorded (two changes on one day: the later wins).
  const ordered = [...entries].sort(
    (a, b) => a.effectiveOn.getTime() - b.effectiveOn.getTime() || a.recordedAt.getTime() - b.recordedAt.getTime(),
  );
  const limit = endOfDay(asOf).getTime();
  const before = ordered.filter((entry) => entry.effectiveOn.getTime() <= limit);
  const last = before.at(-1);
  if (last) return { value: last.toValue as T, since: last.effectiveOn };
  const firstAfter = ordered[0];
  // No change yet on that date: the value was what the first later change started from, or, with
  // no history at all, the current value (set when the record was created).
  if (firstAfter) return { value: firstAfter.fromValue as T, since: null };
  return { value: current, since: currentSince };
}

/**
 * A commitment's official claim and assessment as they stood at the end of `asOf`, computed from
 * its append-only history. With no change after `asOf`, this is exactly the current state.
 */
export function statusAsOf(current: CurrentState, history: HistoryEntry[], asOf: Date): CurrentState {
  const claim = valueAsOf(
    history.filter((e) => e.field === "OFFICIAL_CLAIM"),
    current.officialClaim,
    current.claimSince,
    asOf,
  );
  const assessment = valueAsOf(
    history.filter((e) => e.field === "ASSESSMENT"),
    current.assessment,
    current.assessmentSince,
    asOf,
  );
  return {
    officialClaim: claim.value,
    claimSince: claim.since,
    assessment: assessment.value,
    assessmentSince: assessment.since,
  };
}
