import "server-only";
import { startWatch } from "@/lib/evidence/capture/mutations";
import { requestCaptures } from "@/lib/evidence/capture/on-save";
import { db } from "@/lib/db/client";
import { auditEvent } from "@/lib/audit/event";
import {
  RollbackWith,
  WRITE_TRANSACTION,
  conflict,
  done,
  invalid,
  notFound,
  withRollback,
  type MutationResult,
} from "@/lib/manage/result";
import { currentInstant, formatCalendarDate, today } from "@/lib/calendar";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EvidenceKindKey } from "@/lib/vocabulary";
import { ASSESSMENTS_REQUIRING_EVIDENCE, type MarkVerifiedInput, type StatusUpdateInput } from "./schema";
import { message } from "@/lib/forms/messages";
import { enqueueStatusChangeNotice } from "@/lib/notifications/enqueue";
import { hasPermission } from "@/lib/auth/permissions";
import { proposeStatusChange } from "@/lib/review/mutations";
import { isReviewRequired } from "@/lib/review/data";
import { UNSPECIFIED_REASON, type ReasonCode } from "./reasons";

const COMMITMENT_SNAPSHOT = {
  id: true,
  title: true,
  officialClaim: true,
  claimSince: true,
  assessment: true,
  assessmentSince: true,
  lastVerifiedOn: true,
  version: true,
  updatedAt: true,
} as const;

/** What the person is shown when someone else saved first: the commitment as it is now. */
export async function commitmentConflict(commitmentId: string): Promise<MutationResult<never>> {
  const current = await db.commitment.findUnique({ where: { id: commitmentId }, select: COMMITMENT_SNAPSHOT });
  return current ? conflict(current, current.version) : notFound();
}

/** A status change as the transaction core takes it: the form's input, with any number of new links. */
export type StatusChangeRecord = Omit<
  StatusUpdateInput,
  | "proposalId"
  | "reasonCode"
  | "newEvidenceUrl"
  | "newEvidenceTitle"
  | "newEvidenceKind"
  | "newEvidencePublisher"
  | "newEvidencePublishedOn"
> & {
  newEvidence: NewEvidenceLink[];
  /** Absent (older scripts, tests): "unspecified". */
  reasonCode?: ReasonCode;
};

export type NewEvidenceLink = {
  url: string;
  title: string;
  kind?: EvidenceKindKey;
  publisher?: string | null;
  publishedOn?: Date | null;
};

/** Who approved a change that went through four-eyes review (lib/review). */
export type ReviewMark = { reviewedById: string; proposalId: string };

/**
 * The rules a status change must meet against the record as it is now (shared by publishing and
 * by proposing, so a proposal that could never be approved is refused when it is made): a real
 * change, not dated before the commitment was first stated nor before the field's latest change,
 * cited evidence still on the record, and evidence where the assessment needs it. Throws
 * RollbackWith for the first rule broken.
 */
export async function checkStatusChangeInTransaction(
  tx: Prisma.TransactionClient,
  input: StatusChangeRecord,
): Promise<{ fromValue: string; evidenceIds: string[] }> {
  const before = await tx.commitment.findUniqueOrThrow({
    where: { id: input.commitmentId },
    select: { assessment: true, officialClaim: true, firstStatedOn: true },
  });
  const fromValue = input.field === "ASSESSMENT" ? before.assessment : before.officialClaim;
  if (fromValue === input.to) throw new RollbackWith(invalid({ to: message("statusUnchanged") }));
  // History is a chain (each change starts from the one before), and reports rebuild any past day
  // from it by effective date. A change dated before the latest one would break both, so it is refused.
  // Nor can a commitment's status change before the commitment was first stated.
  if (before.firstStatedOn && input.effectiveOn < before.firstStatedOn) {
    throw new RollbackWith(
      invalid({ effectiveOn: message("effectiveBeforeStated", { date: formatCalendarDate(before.firstStatedOn) }) }),
    );
  }
  const latest = await tx.statusChange.findFirst({
    where: { commitmentId: input.commitmentId, field: input.field },
    orderBy: { effectiveOn: "desc" },
    select: { effectiveOn: true },
  });
  if (latest && input.effectiveOn < latest.effectiveOn) {
    throw new RollbackWith(
      invalid({ effectiveOn: message("effectiveBeforeLatest", { date: formatCalendarDate(latest.effectiveOn) }) }),
    );
  }
  const linked = await tx.evidence.findMany({
    where: { id: { in: input.evidenceIds }, commitmentId: input.commitmentId, removedAt: null },
    select: { id: true },
  });
  if (linked.length !== new Set(input.evidenceIds).size) {
    throw new RollbackWith(invalid({ evidence: message("evidenceGone") }));
  }
  if (
    input.field === "ASSESSMENT" &&
    (ASSESSMENTS_REQUIRING_EVIDENCE as readonly string[]).includes(input.to) &&
    linked.length + input.newEvidence.length === 0
  ) {
    throw new RollbackWith(invalid({ evidence: message("evidenceRequired") }));
  }
  return { fromValue, evidenceIds: linked.map((evidence) => evidence.id) };
}

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

/** The form's one optional new link as the list the transaction core takes. */
export function newEvidenceOf(input: StatusUpdateInput): NewEvidenceLink[] {
  return input.newEvidenceUrl
    ? [
        {
          url: input.newEvidenceUrl,
          title: input.newEvidenceTitle ?? input.newEvidenceUrl,
          kind: input.newEvidenceKind,
          publisher: input.newEvidencePublisher,
          publishedOn: input.newEvidencePublishedOn ?? null,
        },
      ]
    : [];
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

/**
 * status.update: publishes the change at once when the person may publish and review is off for
 * its field; otherwise (review on, a contributor, or a revision of a returned proposal) records a
 * proposal for a second editor (lib/review). The role is read from the user row, not the session.
 */
export async function updateCommitmentStatus(
  input: StatusUpdateInput,
  actorId: string,
): Promise<MutationResult<{ statusChangeId: string } | { proposalId: string }>> {
  const actor = await db.user.findUnique({ where: { id: actorId }, select: { role: true } });
  const mayPublish = hasPermission(actor?.role, "status:publish");
  if (input.proposalId || !mayPublish || (await isReviewRequired(db, input.field)))
    return proposeStatusChange(input, actorId);
  return publishStatusChange(input, actorId);
}
