import "server-only";
import { startWatch } from "@/lib/evidence/capture/mutations";
import { requestCaptures } from "@/lib/evidence/capture/on-save";
import { db } from "@/lib/db/client";
import { auditEvent } from "@/lib/audit/event";
import { WRITE_TRANSACTION, done, withRollback, type MutationResult } from "@/lib/operations/result";
import { currentInstant, today } from "@/lib/calendar";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MarkVerifiedInput, StatusUpdateInput } from "./schema";
import { enqueueStatusChangeNotice } from "@/lib/notifications/enqueue";
import { UNSPECIFIED_REASON } from "./reasons";
import { COMMITMENT_SNAPSHOT, commitmentConflict } from "./data";
import { checkStatusChangeInTransaction, newEvidenceOf, type StatusChangeRecord } from "./rules";

// The write cores of a status change. Whether a change is published now or proposed is decided
// above this feature, in lib/publishing; this module never imports lib/review.

export type { NewEvidenceLink, StatusChangeRecord } from "./rules";

/** Who approved a change that went through four-eyes review (lib/review). */
export type ReviewMark = { reviewedById: string; proposalId: string };

/**
 * Records a new assessment or official claim inside the caller's transaction: the one function
 * that writes a public StatusChange (the form, the API, the bulk import and the approval of a
 * proposal all come here). The optimistic version check (the first statement, so SQLite's write
 * lock is taken before anything is read), the rules (checkStatusChangeInTransaction), the
 * commitment's new status and "since" date, any new evidence, the history row linked to its
 * evidence, and the audit event. `actorId` is who recorded the change (the proposer, for an
 * approved proposal; `review` names the approver). Returns null when the version is stale;
 * throws RollbackWith for a rule the input breaks.
 */
export async function recordStatusChangeInTransaction(
  tx: Prisma.TransactionClient,
  input: StatusChangeRecord,
  actorId: string,
  review?: ReviewMark,
): Promise<string | null> {
  const claimed = await tx.commitment.updateMany({
    where: { id: input.commitmentId, version: input.version },
    data: { version: { increment: 1 } },
  });
  if (claimed.count !== 1) return null;

  const before = await tx.commitment.findUniqueOrThrow({
    where: { id: input.commitmentId },
    select: COMMITMENT_SNAPSHOT,
  });
  const { fromValue, evidenceIds } = await checkStatusChangeInTransaction(tx, input);
  for (const item of input.newEvidence) {
    const created = await tx.evidence.create({
      data: {
        commitmentId: input.commitmentId,
        url: item.url,
        title: item.title,
        publisher: item.publisher ?? null,
        publishedOn: item.publishedOn ?? null,
        kind: item.kind ?? "OTHER",
        addedById: actorId,
      },
    });
    await tx.auditEvent.create({ data: auditEvent("evidence.add", "Evidence", created.id, actorId, null, created) });
    await startWatch(tx, created.id, created.url);
    evidenceIds.push(created.id);
  }

  const onDay = today();
  const statusData =
    input.field === "ASSESSMENT"
      ? { assessment: input.to as typeof before.assessment, assessmentSince: input.effectiveOn }
      : { officialClaim: input.to as typeof before.officialClaim, claimSince: input.effectiveOn };
  const after = await tx.commitment.update({
    where: { id: input.commitmentId },
    data: {
      ...statusData,
      lastVerifiedOn: before.lastVerifiedOn && before.lastVerifiedOn > onDay ? before.lastVerifiedOn : onDay,
    },
    select: COMMITMENT_SNAPSHOT,
  });
  const change = await tx.statusChange.create({
    data: {
      commitmentId: input.commitmentId,
      field: input.field,
      fromValue,
      toValue: input.to,
      effectiveOn: input.effectiveOn,
      justification: input.justification,
      reasonCode: input.reasonCode ?? UNSPECIFIED_REASON,
      recordedById: actorId,
      reviewedById: review?.reviewedById ?? null,
      reviewedAt: review ? currentInstant() : null,
      evidence: { create: evidenceIds.map((evidenceId) => ({ evidenceId })) },
    },
  });
  await enqueueStatusChangeNotice(tx, change.id, actorId);
  await tx.auditEvent.create({
    data: auditEvent(
      "status.update",
      "Commitment",
      input.commitmentId,
      actorId,
      { [fieldKey(input.field)]: fromValue, version: input.version },
      {
        [fieldKey(input.field)]: input.to,
        effectiveOn: input.effectiveOn,
        justification: input.justification,
        reasonCode: input.reasonCode ?? UNSPECIFIED_REASON,
        evidenceIds,
        statusChangeId: change.id,
        version: after.version,
        ...(review ? { reviewedById: review.reviewedById, proposalId: review.proposalId } : {}),
      },
    ),
  });
  return change.id;
}

/** Publishes a status change at once (no review): a stale version writes nothing and returns a conflict. */
export async function publishStatusChange(
  input: StatusUpdateInput,
  actorId: string,
): Promise<MutationResult<{ statusChangeId: string }>> {
  return withRollback(async () => {
    const newEvidence = newEvidenceOf(input);
    const result = await db.$transaction(
      (tx) => recordStatusChangeInTransaction(tx, { ...input, newEvidence }, actorId),
      WRITE_TRANSACTION,
    );
    if (result === null) return commitmentConflict(input.commitmentId);
    if (newEvidence.length > 0) requestCaptures();
    return done({ statusChangeId: result });
  });
}

function fieldKey(field: StatusUpdateInput["field"]): "assessment" | "officialClaim" {
  return field === "ASSESSMENT" ? "assessment" : "officialClaim";
}

/** Records that an editor re-checked the status on a date, with a note; the status is unchanged. */
export async function markCommitmentVerified(
  input: MarkVerifiedInput,
  actorId: string,
): Promise<MutationResult<{ verificationId: string }>> {
  const result = await db.$transaction(async (tx) => {
    const claimed = await tx.commitment.updateMany({
      where: { id: input.commitmentId, version: input.version },
      data: { version: { increment: 1 } },
    });
    if (claimed.count !== 1) return null;
    const before = await tx.commitment.findUniqueOrThrow({
      where: { id: input.commitmentId },
      select: { lastVerifiedOn: true },
    });
    const lastVerifiedOn =
      before.lastVerifiedOn && before.lastVerifiedOn > input.verifiedOn ? before.lastVerifiedOn : input.verifiedOn;
    await tx.commitment.update({ where: { id: input.commitmentId }, data: { lastVerifiedOn } });
    const verification = await tx.verification.create({
      data: { commitmentId: input.commitmentId, verifiedOn: input.verifiedOn, note: input.note, recordedById: actorId },
    });
    await tx.auditEvent.create({
      data: auditEvent(
        "status.verify",
        "Commitment",
        input.commitmentId,
        actorId,
        { lastVerifiedOn: before.lastVerifiedOn },
        {
          lastVerifiedOn,
          verifiedOn: input.verifiedOn,
          note: input.note,
          verificationId: verification.id,
        },
      ),
    });
    return verification.id;
  }, WRITE_TRANSACTION);
  if (result === null) return commitmentConflict(input.commitmentId);
  return done({ verificationId: result });
}
