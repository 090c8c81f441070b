import "server-only";
import { db } from "@/lib/db/client";
import { enqueueEditorNotice } from "@/lib/notifications/enqueue";
import { auditEvent } from "@/lib/audit/event";
import { currentInstant } from "@/lib/calendar";
import { message } from "@/lib/forms/messages";
import {
  RollbackWith,
  WRITE_TRANSACTION,
  done,
  invalid,
  notFound,
  withRollback,
  type MutationResult,
} from "@/lib/operations/result";
import { PUBLIC_WHERE } from "@/lib/commitments/data";
import { startWatch } from "@/lib/evidence/capture/mutations";
import { requestCaptures } from "@/lib/evidence/capture/on-save";
import { CORRECTION_LIMITS, decideCorrectionLimit } from "./limits";
import type {
  CorrectionInput,
  CorrectionToEvidenceInput,
  DiscardCorrectionInput,
  HandleCorrectionInput,
} from "./schema";

export type SubmitOutcome =
  { ok: true; id: string } | { ok: false; problem: "recordMissing" | "tooManyFromAddress" | "tooManyOverall" };

/**
 * Stores a reader's correction in the inbox, unless a limit refuses it (then nothing is written).
 * The count and the insert share one write transaction, so parallel posts cannot slip past a limit.
 */
export async function submitCorrection(input: CorrectionInput, addressHash: string): Promise<SubmitOutcome> {
  // A flood is refused by a read, before it can queue for SQLite's one write lock; the same check
  // runs again inside the write, where it is exact.
  const early = await limitProblem(db, addressHash);
  if (early) return { ok: false, problem: early };
  return db.$transaction(async (tx) => {
    const commitment = await tx.commitment.findFirst({
      where: { ...PUBLIC_WHERE, slug: input.slug },
      select: { id: true },
    });
    if (!commitment) return { ok: false as const, problem: "recordMissing" as const };
    const problem = await limitProblem(tx, addressHash);
    if (problem) return { ok: false as const, problem };
    const created = await tx.readerCorrection.create({
      data: {
        commitmentId: commitment.id,
        message: input.message,
        url: input.url ?? null,
        email: input.email ?? null,
        addressHash,
        locale: input.locale,
        createdAt: currentInstant(),
      },
      select: { id: true },
    });
    await enqueueEditorNotice(tx, "correction", created.id, 1, null);
    return { ok: true as const, id: created.id };
  }, WRITE_TRANSACTION);
}

async function limitProblem(
  client: Pick<typeof db, "readerCorrection">,
  addressHash: string,
): Promise<"tooManyFromAddress" | "tooManyOverall" | null> {
  const since = new Date(currentInstant().getTime() - CORRECTION_LIMITS.windowMs);
  const [fromAddress, fromEveryone] = await Promise.all([
    client.readerCorrection.count({ where: { addressHash, createdAt: { gte: since } } }),
    client.readerCorrection.count({ where: { createdAt: { gte: since } } }),
  ]);
  const decision = decideCorrectionLimit({ fromAddress, fromEveryone });
  if (decision.isAllowed) return null;
  return decision.scope === "address" ? "tooManyFromAddress" : "tooManyOverall";
}

/** Claims a new correction for a decision, or throws why it cannot be decided. */
async function claimNew(tx: Parameters<Parameters<typeof db.$transaction>[0]>[0], correctionId: string) {
  const correction = await tx.readerCorrection.findUnique({ where: { id: correctionId } });
  if (!correction) throw new RollbackWith(notFound());
  if (correction.state !== "NEW") throw new RollbackWith(invalid({ correctionId: message("correctionDecided") }));
  return correction;
}

/**
 * Marks a claimed NEW correction decided (handled or discarded) and audits it, in the caller's
 * transaction; a correction someone else decided meanwhile rolls the whole write back.
 */
async function closeCorrection(
  tx: Parameters<Parameters<typeof db.$transaction>[0]>[0],
  correctionId: string,
  actorId: string,
  action: string,
  decision: { state: "HANDLED" | "DISCARDED"; evidenceId?: string; discardReason?: string },
  auditAfter: Record<string, unknown>,
) {
  const claimed = await tx.readerCorrection.updateMany({
    where: { id: correctionId, state: "NEW" },
    data: { ...decision, decidedById: actorId, decidedAt: currentInstant() },
  });
  if (claimed.count !== 1) throw new RollbackWith(invalid({ correctionId: message("correctionDecided") }));
  await tx.auditEvent.create({
    data: auditEvent(action, "ReaderCorrection", correctionId, actorId, { state: "NEW" }, auditAfter),
  });
}

/** correction.handle: the editor dealt with it (e.g. fixed the record by hand). */
export async function handleCorrection(
  input: HandleCorrectionInput,
  actorId: string,
): Promise<MutationResult<{ id: string }>> {
  return withRollback(async () => {
    await db.$transaction(async (tx) => {
      await claimNew(tx, input.correctionId);
      await closeCorrection(
        tx,
        input.correctionId,
        actorId,
        "correction.handle",
        { state: "HANDLED" },
        {
          state: "HANDLED",
          note: input.note,
        },
      );
    }, WRITE_TRANSACTION);
    return done({ id: input.correctionId });
  });
}

/** correction.to-evidence: the reader's URL becomes evidence on the record, and the correction is handled, in one step. */
export async function correctionToEvidence(
  input: CorrectionToEvidenceInput,
  actorId: string,
): Promise<MutationResult<{ id: string; evidenceId: string; commitmentId: string }>> {
  return withRollback(async () => {
    const result = await db.$transaction(async (tx) => {
      const correction = await claimNew(tx, input.correctionId);
      if (!correction.url) throw new RollbackWith(invalid({ correctionId: message("correctionHasNoUrl") }));
      const evidence = await tx.evidence.create({
        data: {
          commitmentId: correction.commitmentId,
          url: correction.url,
          title: input.title,
          kind: input.kind,
          note: null,
          addedById: actorId,
        },
      });
      await tx.auditEvent.create({
        data: auditEvent("evidence.add", "Evidence", evidence.id, actorId, null, {
          ...evidence,
          fromCorrectionId: correction.id,
        }),
      });
      await startWatch(tx, evidence.id, evidence.url);
      await closeCorrection(
        tx,
        correction.id,
        actorId,
        "correction.to-evidence",
        { state: "HANDLED", evidenceId: evidence.id },
        { state: "HANDLED", evidenceId: evidence.id },
      );
      return { id: correction.id, evidenceId: evidence.id, commitmentId: correction.commitmentId };
    }, WRITE_TRANSACTION);
    requestCaptures();
    return done(result);
  });
}

/** correction.discard: set aside with a reason (kept for the record, never public). */
export async function discardCorrection(
  input: DiscardCorrectionInput,
  actorId: string,
): Promise<MutationResult<{ id: string }>> {
  return withRollback(async () => {
    await db.$transaction(async (tx) => {
      await claimNew(tx, input.correctionId);
      await closeCorrection(
        tx,
        input.correctionId,
        actorId,
        "correction.discard",
        { state: "DISCARDED", discardReason: input.reason },
        { state: "DISCARDED", reason: input.reason },
      );
    }, WRITE_TRANSACTION);
    return done({ id: input.correctionId });
  });
}

/** correction.forget-email: deletes the reader's email address (the audit log records that, not the address). */
export async function forgetCorrectionEmail(
  input: { correctionId: string },
  actorId: string,
): Promise<MutationResult<{ id: string }>> {
  const updated = await db.$transaction(async (tx) => {
    const found = await tx.readerCorrection.updateMany({ where: { id: input.correctionId }, data: { email: null } });
    if (found.count !== 1) return false;
    await tx.auditEvent.create({
      data: auditEvent("correction.forget-email", "ReaderCorrection", input.correctionId, actorId, null, {
        email: null,
      }),
    });
    return true;
  }, WRITE_TRANSACTION);
  return updated ? done({ id: input.correctionId }) : notFound();
}
