import { isOverdue, today } from "@/lib/calendar";

/** A status not re-checked for this long is "stale". */
export const STALE_AFTER_MONTHS = 6;

export type WorkspaceFlag = "overdue" | "never-assessed" | "stale";
export const WORKSPACE_FLAGS: readonly WorkspaceFlag[] = ["overdue", "never-assessed", "stale"];

/** Which attention flags a commitment carries in the workspace list. */
export function flagsOf(
  commitment: { targetDate: Date | null; assessment: string; lastVerifiedOn: Date | null },
  onDay: Date = today(),
): WorkspaceFlag[] {
  const flags: WorkspaceFlag[] = [];
  if (isOverdue(commitment, onDay)) flags.push("overdue");
  if (commitment.assessment === "NOT_ASSESSED") flags.push("never-assessed");
  const staleBefore = new Date(
    Date.UTC(onDay.getUTCFullYear(), onDay.getUTCMonth() - STALE_AFTER_MONTHS, onDay.getUTCDate()),
  );
  if (!commitment.lastVerifiedOn || commitment.lastVerifiedOn < staleBefore) flags.push("stale");
  return flags;
}

/** How many commitments carry each flag. */
export function countFlags(rows: readonly { flags: readonly WorkspaceFlag[] }[]): Record<WorkspaceFlag, number> {
  const counts: Record<WorkspaceFlag, number> = { overdue: 0, "never-assessed": 0, stale: 0 };
  for (const row of rows) for (const flag of row.flags) counts[flag] += 1;
  return counts;
}
