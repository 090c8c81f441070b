/**
 * Why a status changed, from a controlled list, so reasons can be counted (filters, CSV, API and
 * the summary report). Keys are stable (they appear in data addresses); names are in the `reasons`
 * section of messages/{kk,ru,en}.json. "unspecified" is what a script or an import that sends no
 * reasonCode records ("reason not given"); the form never offers it.
 */
export const CHOSEN_REASON_CODES = [
  "law_adopted",
  "law_amended",
  "regulation_adopted",
  "institution_created",
  "budget_allocated",
  "blocked_by_parliament",
  "blocked_by_court",
  "delayed_past_deadline",
  "reversed_by_new_law",
  "scope_changed",
  "too_broad_to_assess",
  "new_evidence_found",
  "other",
] as const;

export const UNSPECIFIED_REASON = "unspecified";

export const REASON_CODES = [...CHOSEN_REASON_CODES, UNSPECIFIED_REASON] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export function isReasonCode(value: unknown): value is ReasonCode {
  return typeof value === "string" && (REASON_CODES as readonly string[]).includes(value);
}
