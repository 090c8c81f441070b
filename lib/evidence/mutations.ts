import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { auditEvent } from "@/lib/audit/event";
import { WRITE_TRANSACTION, conflict, done, notFound, type MutationResult } from "@/lib/operations/result";
import type { AddEvidenceInput, EditEvidenceInput, RemoveEvidenceInput } from "./schema";
import { currentInstant } from "@/lib/calendar";
import { startWatch } from "./capture/mutations";
import { requestCaptures } from "./capture/on-save";

const EVIDENCE_SNAPSHOT = {
  id: true,
  commitmentId: true,
  url: true,
  title: true,
  publisher: true,
  publishedOn: true,
  kind: true,
  note: true,
  version: true,
  removedAt: true,
  updatedAt: true,
} as const;

/**
 * The evidence link as it is now, as a conflict (or not found when it is gone or removed); inside
 * a transaction, read through it (`client`).
 */
export async function evidenceConflict(
  evidenceId: string,
  client: Pick<Prisma.TransactionClient, "evidence"> = db,
): Promise<MutationResult<never>> {
  const current = await client.evidence.findUnique({ where: { id: evidenceId }, select: EVIDENCE_SNAPSHOT });
  if (!current || current.removedAt) return notFound();
  return conflict(current, current.version);
}

/** Adds an evidence link to a commitment (the URL was checked by the schema: http/https only). */
export async function addEvidence(input: AddEvidenceInput, actorId: string): Promise<MutationResult<{ id: string }>> {
  const commitment = await db.commitment.findUnique({ where: { id: input.commitmentId }, select: { id: true } });
  if (!commitment) return notFound();
  const created = await db.$transaction(async (tx) => {
    const evidence = await tx.evidence.create({
      data: {
        commitmentId: input.commitmentId,
        url: input.url,
        title: input.title,
        publisher: input.publisher,
        publishedOn: input.publishedOn,
        kind: input.kind,
        note: input.note,
        addedById: actorId,
      },
      select: EVIDENCE_SNAPSHOT,
    });
    await tx.auditEvent.create({ data: auditEvent("evidence.add", "Evidence", evidence.id, actorId, null, evidence) });
    await startWatch(tx, evidence.id, evidence.url);
    return evidence;
  }, WRITE_TRANSACTION);
  requestCaptures();
  return done({ id: created.id });
}

/**
 * Saves an evidence edit inside the caller's transaction if nobody changed it since `version`
 * (null when stale). A direct edit and an approved proposal both come here.
 */
export async function editEvidenceInTransaction(
  tx: Prisma.TransactionClient,
  input: EditEvidenceInput,
  actorId: string,
): Promise<{ id: string; isNewUrl: boolean } | null> {
  const claimed = await tx.evidence.updateMany({
    where: { id: input.evidenceId, version: input.version, removedAt: null },
    data: { version: { increment: 1 } },
  });
  if (claimed.count !== 1) return null;
  const before = await tx.evidence.findUniqueOrThrow({ where: { id: input.evidenceId }, select: EVIDENCE_SNAPSHOT });
  const after = await tx.evidence.update({
    where: { id: input.evidenceId },
    data: {
      url: input.url,
      title: input.title,
      publisher: input.publisher,
      publishedOn: input.publishedOn,
      kind: input.kind,
      note: input.note,
    },
    select: EVIDENCE_SNAPSHOT,
  });
  await tx.auditEvent.create({
    data: auditEvent(
      "evidence.edit",
      "Evidence",
      input.evidenceId,
      actorId,
      { ...before, version: input.version },
      after,
    ),
  });
  // Another address is another source: its captures start afresh (the old ones stay, append-only).
  const isNewUrl = before.url !== after.url;
  if (isNewUrl) await startWatch(tx, after.id, after.url);
  return { id: after.id, isNewUrl };
}

/** Saves an evidence edit if nobody changed it since `version`. */
export async function editEvidence(input: EditEvidenceInput, actorId: string): Promise<MutationResult<{ id: string }>> {
  const result = await db.$transaction((tx) => editEvidenceInTransaction(tx, input, actorId), WRITE_TRANSACTION);
  if (result?.isNewUrl) requestCaptures();
  return result ? done({ id: result.id }) : evidenceConflict(input.evidenceId);
}

/**
 * Removes an evidence link from view inside the caller's transaction if nobody changed it since
 * `version` (null when stale). The row stays (status changes may cite it, and history is never
 * rewritten); the removal, who made it and why are in the audit log.
 */
export async function removeEvidenceInTransaction(
  tx: Prisma.TransactionClient,
  input: RemoveEvidenceInput,
  actorId: string,
): Promise<{ id: string; commitmentId: string } | null> {
  const claimed = await tx.evidence.updateMany({
    where: { id: input.evidenceId, version: input.version, removedAt: null },
    data: { version: { increment: 1 }, removedAt: currentInstant(), removedById: actorId },
  });
  if (claimed.count !== 1) return null;
  const after = await tx.evidence.findUniqueOrThrow({ where: { id: input.evidenceId }, select: EVIDENCE_SNAPSHOT });
  await tx.auditEvent.create({
    data: auditEvent(
      "evidence.remove",
      "Evidence",
      input.evidenceId,
      actorId,
      { ...after, removedAt: null, version: input.version },
      { removedAt: after.removedAt, reason: input.reason, version: after.version },
    ),
  });
  return { id: after.id, commitmentId: after.commitmentId };
}

/** Removes an evidence link from view (see removeEvidenceInTransaction). */
export async function removeEvidence(
  input: RemoveEvidenceInput,
  actorId: string,
): Promise<MutationResult<{ id: string; commitmentId: string }>> {
  const result = await db.$transaction((tx) => removeEvidenceInTransaction(tx, input, actorId), WRITE_TRANSACTION);
  return result ? done(result) : evidenceConflict(input.evidenceId);
}
