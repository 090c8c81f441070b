import "server-only";
import { db } from "@/lib/db/client";
import { refreshPlannerStatisticsQuietly } from "@/lib/db/statistics";
import { holdPublicVersion, releasePublicVersionHold } from "@/lib/db/public-version-hold";
import { auditEvent } from "@/lib/audit/event";
import { currentInstant } from "@/lib/calendar";
import { message } from "@/lib/forms/messages";
import { StreamProblem } from "@/lib/import/stream-file";
import { WRITE_TRANSACTION } from "@/lib/operations/result";
import type { RecommendationPlan } from "./import-plan";
import { writeRecommendationRows } from "./import-mutations";

// The command line's streaming import writes a file a slice at a time, each slice in its own short
// transaction with the run's progress, so the server's own writes wait a batch, not the whole file,
// and a run killed mid-way is continued, never doubled, by running the same file again.

export type ImportRunState = { id: string; draftId: string; rowsDone: number; created: number };

/** The unfinished run of the file with this hash (the latest), to continue. */
export async function findUnfinishedImportRun(fileHash: string): Promise<ImportRunState | null> {
  return db.importRun.findFirst({
    where: { fileHash, finishedAt: null },
    orderBy: { startedAt: "desc" },
    select: { id: true, draftId: true, rowsDone: true, created: true },
  });
}

/** Starts a run: its import draft (the file's name, no content: the file stays on disk) and its record. */
export async function startImportRun(input: {
  fileHash: string;
  fileName: string;
  note: string | null;
  actorId: string;
}): Promise<ImportRunState> {
  return db.$transaction(async (tx) => {
    const draft = await tx.importDraft.create({
      data: {
        kind: "recommendations",
        fileName: input.fileName,
        content: "",
        note: input.note,
        createdById: input.actorId,
      },
      select: { id: true },
    });
    return tx.importRun.create({
      data: { fileHash: input.fileHash, fileName: input.fileName, draftId: draft.id, actorId: input.actorId },
      select: { id: true, draftId: true, rowsDone: true, created: true },
    });
  }, WRITE_TRANSACTION);
}

/**
 * Writes one slice's planned rows and moves the run past `lastRow`, in one transaction: after a
 * kill, the record says exactly which rows are in. A slice with nothing to create still moves it.
 */
export async function applyImportSlice(
  run: ImportRunState,
  slice: Pick<RecommendationPlan, "newSdgTargets" | "creates">,
  lastRow: number,
): Promise<void> {
  await db.$transaction(
    async (tx) => {
      // First, so this slice's own version bumps are held back with the earlier ones: cached pages are
      // emptied once per hold, not once per slice (lib/db/public-version-hold.ts).
      await holdPublicVersion(tx);
      if (slice.creates.length > 0) await writeRecommendationRows(tx, slice, run.draftId);
      const moved = await tx.importRun.updateMany({
        where: { id: run.id, rowsDone: run.rowsDone, finishedAt: null },
        data: { rowsDone: lastRow, created: { increment: slice.creates.length } },
      });
      // Another process continuing the same run at the same time: roll this slice back.
      if (moved.count !== 1) throw new StreamProblem(message("importRunMoved"));
    },
    { maxWait: 15_000, timeout: 120_000 },
  );
  run.rowsDone = lastRow;
  run.created += slice.creates.length;
}

/** Ends a run: the draft applied, one audit event for the whole file, the planner's statistics refreshed. */
export async function finishImportRun(
  run: ImportRunState,
  actorId: string,
  summary: {
    layout: string;
    unchanged: number;
    skipped: number;
    problemRowsLeftOut: number[];
    resumedAfterRow: number | null;
  },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const now = currentInstant();
    await releasePublicVersionHold(tx);
    await tx.importRun.update({ where: { id: run.id }, data: { finishedAt: now } });
    await tx.importDraft.update({ where: { id: run.draftId }, data: { appliedAt: now } });
    await tx.auditEvent.create({
      data: auditEvent("import.apply", "ImportDraft", run.draftId, actorId, null, {
        kind: "recommendations",
        created: run.created,
        ...summary,
      }),
    });
  }, WRITE_TRANSACTION);
  await refreshPlannerStatisticsQuietly(db);
}

/** After a run stopped early: cached pages show what it wrote at once, not when its hold lapses. */
export async function releaseImportHold(): Promise<void> {
  await releasePublicVersionHold(db);
}
