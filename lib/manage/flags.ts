import { isOverdue } from "@/lib/vocabulary";

/** A status not re-checked for this long is "stale". */
export const STALE_AFTER_MONTHS = 6;

export type WorkspaceFlag = "overdue" | "never-assessed" | "stale";
export const WORKSPACE_FLAGS: readonly WorkspaceFlag[] = ["overdue", "never-assessed", "stale"];

/** Which attention flags a commitment carries in the workspace list. */
export function flagsOf(commitment: { targetDate: Date | null; assessment: string; lastVerifiedOn: Date | null }, today: Date = new Date()): WorkspaceFlag[] {
  const flags: WorkspaceFlag[] = [];
  if (isOverdue(commitment, today)) flags.push("overdue");
  if (commitment.assessment === "NOT_ASSESSED") flags.push("never-assessed");
  const staleBefore = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - STALE_AFTER_MONTHS, today.getUTCDate()));
  if (!commitment.lastVerifiedOn || commitment.lastVerifiedOn < staleBefore) flags.push("stale");
  return flags;
}
