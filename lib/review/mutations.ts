import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
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
import {
  checkStatusChangeInTransaction,
  newEvidenceOf,
  type NewEvidenceLink,
  type StatusChangeRecord,
} from "@/lib/statuses/rules";
import { commitmentConflict } from "@/lib/statuses/data";
import type { ReasonCode } from "@/lib/statuses/reasons";
import type { StatusUpdateInput } from "@/lib/statuses/schema";
import type { EvidenceKindKey } from "@/lib/vocabulary";
import { assertClaimed, assertDecidable } from "./claimable";
import type { DecideProposalInput, ReturnProposalInput, SettingsUpdateInput } from "./schema";
import { getReviewSettings, type ReviewSettings } from "./data";

// Four-eyes review: a proposal lives in StatusProposal (which nothing public reads) until a
// second person approves it. This module writes proposals and their decisions only; approval
// (which runs the public write) is lib/publishing/approve-mutations.ts, above this feature and
// the features whose writes it runs.

type StoredLink = {
  url: string;
  title: string;
  kind?: EvidenceKindKey;
  publisher?: string | null;
  publishedOn?: string | null;
};

const storeLinks = (links: NewEvidenceLink[]): string =>
  JSON.stringify(
    links.map((link): StoredLink => ({
      url: link.url,
      title: link.title,
      kind: link.kind,
      publisher: link.publisher ?? null,
      publishedOn: link.publishedOn?.toISOString() ?? null,
    })),
  );

/** The new links a proposal stores, as the transaction core takes them. */
export function readLinks(stored: string): NewEvidenceLink[] {
  return (JSON.parse(stored) as StoredLink[]).map((link) => ({
    ...link,
    publishedOn: link.publishedOn ? new Date(link.publishedOn) : null,
  }));
}

/** A proposal as the transaction core takes it: a status change (any number of new links), its reason, and, for a revision, which proposal. */
export type ProposalRecord = StatusChangeRecord & { reasonCode: ReasonCode; proposalId?: string };

function proposalData(input: ProposalRecord) {
  return {
    field: input.field,
    toValue: input.to,
    effectiveOn: input.effectiveOn,
    justification: input.justification,
    reasonCode: input.reasonCode,
    evidenceIds: JSON.stringify([...new Set(input.evidenceIds)]),
    newEvidence: storeLinks(input.newEvidence),
    baseVersion: input.version,
  };
}

/**
 * Makes (or, with `proposalId`, revises and resubmits) a proposal inside the caller's transaction,
 * with its audit event (status.propose) and the editors' notice: the one function that writes a
 * StatusProposal (the form and the bulk import both come here). The record must be at
 * `input.version`, and the change must pass the same rules publishing would check. Returns null
 * when the version is stale; throws RollbackWith for a rule the input breaks.
 */
export async function createProposalInTransaction(
  tx: Prisma.TransactionClient,
  input: ProposalRecord,
  actorId: string,
): Promise<string | null> {
  const commitment = await tx.commitment.findUnique({ where: { id: input.commitmentId }, select: { version: true } });
  if (!commitment) throw new RollbackWith(notFound());
  if (commitment.version !== input.version) return null;
  await checkStatusChangeInTransaction(tx, input);
  if (input.proposalId) {
    const own = await tx.statusProposal.findUnique({
      where: { id: input.proposalId },
      select: { proposedById: true, commitmentId: true, state: true },
    });
    if (!own || own.commitmentId !== input.commitmentId) throw new RollbackWith(notFound());
    if (own.proposedById !== actorId) throw new RollbackWith(invalid({ proposalId: message("notYourProposal") }));
    if (own.state === "APPROVED") throw new RollbackWith(invalid({ proposalId: message("proposalDecided") }));
    const revised = await tx.statusProposal.update({
      where: { id: input.proposalId },
      data: {
        ...proposalData(input),
        state: "PENDING",
        reviewedById: null,
        decidedAt: null,
        version: { increment: 1 },
      },
    });
    await tx.auditEvent.create({
      data: auditEvent(
        "status.propose",
        "StatusProposal",
        revised.id,
        actorId,
        { state: own.state },
        { ...proposalData(input), state: "PENDING", isRevision: true },
      ),
    });
    await enqueueEditorNotice(tx, "proposal", revised.id, revised.version, actorId);
    return revised.id;
  }
  const created = await tx.statusProposal.create({
    data: { ...proposalData(input), commitmentId: input.commitmentId, proposedById: actorId },
  });
  await tx.auditEvent.create({
    data: auditEvent("status.propose", "StatusProposal", created.id, actorId, null, {
      ...proposalData(input),
      commitmentId: input.commitmentId,
    }),
  });
  await enqueueEditorNotice(tx, "proposal", created.id, created.version, actorId);
  return created.id;
}

/**
 * Makes (or, with `proposalId`, revises and resubmits) a proposal from the status form. The record
 * must be at the version the form showed, and the change must pass the same rules publishing would
 * check, so a proposal that could never be approved is refused now, with the same messages.
 */
export async function proposeStatusChange(
  input: StatusUpdateInput,
  actorId: string,
): Promise<MutationResult<{ proposalId: string }>> {
  return withRollback(async () => {
    const result = await db.$transaction(
      (tx) => createProposalInTransaction(tx, { ...input, newEvidence: newEvidenceOf(input) }, actorId),
      WRITE_TRANSACTION,
    );
    if (result === null) return commitmentConflict(input.commitmentId);
    return done({ proposalId: result });
  });
}

/**
 * Claims a pending proposal for a decision by someone other than its proposer, at the version the
 * reviewer saw (a proposal revised since is a conflict), or throws the reason it cannot be.
 */
export async function claimProposalInTransaction(
  tx: Prisma.TransactionClient,
  input: DecideProposalInput,
  actorId: string,
) {
  const proposal = await tx.statusProposal.findUnique({ where: { id: input.proposalId } });
  assertDecidable(proposal, input, actorId);
  const claimed = await tx.statusProposal.updateMany({
    where: { id: proposal.id, state: "PENDING", version: proposal.version },
    data: { version: { increment: 1 } },
  });
  assertClaimed(claimed.count);
  return proposal;
}

/** Marks a claimed proposal approved as the public change `statusChangeId`, with its audit event (status.approve). */
export async function markProposalApprovedInTransaction(
  tx: Prisma.TransactionClient,
  proposalId: string,
  statusChangeId: string,
  actorId: string,
): Promise<void> {
  await tx.statusProposal.update({
    where: { id: proposalId },
    data: { state: "APPROVED", reviewedById: actorId, decidedAt: currentInstant(), statusChangeId },
  });
  await tx.auditEvent.create({
    data: auditEvent(
      "status.approve",
      "StatusProposal",
      proposalId,
      actorId,
      { state: "PENDING" },
      { state: "APPROVED", statusChangeId },
    ),
  });
}

/** status.return: a second editor sends the proposal back to its proposer with a comment. */
export async function returnProposal(
  input: ReturnProposalInput,
  actorId: string,
): Promise<MutationResult<{ proposalId: string; commitmentId: string }>> {
  return withRollback(async () => {
    const commitmentId = await db.$transaction(async (tx) => {
      const proposal = await claimProposalInTransaction(tx, input, actorId);
      await tx.statusProposal.update({
        where: { id: proposal.id },
        data: { state: "RETURNED", reviewedById: actorId, reviewComment: input.comment, decidedAt: currentInstant() },
      });
      await tx.auditEvent.create({
        data: auditEvent(
          "status.return",
          "StatusProposal",
          proposal.id,
          actorId,
          { state: "PENDING" },
          { state: "RETURNED", comment: input.comment },
        ),
      });
      // The claim stepped the version: this return is told once, apart from the proposal's other events.
      await enqueueEditorNotice(tx, "proposal-returned", proposal.id, proposal.version + 1, actorId);
      return proposal.commitmentId;
    }, WRITE_TRANSACTION);
    return done({ proposalId: input.proposalId, commitmentId });
  });
}

/** settings.update (admins): saves the review settings and audits the change. */
export async function updateReviewSettings(
  input: SettingsUpdateInput,
  actorId: string,
): Promise<MutationResult<ReviewSettings>> {
  const saved = await db.$transaction(async (tx) => {
    const before = await getReviewSettings(tx);
    const next = {
      reviewAssessments: input.reviewAssessments ?? before.reviewAssessments,
      reviewClaims: input.reviewClaims ?? before.reviewClaims,
    };
    const after = await tx.workspaceSettings.upsert({
      where: { id: 1 },
      create: { id: 1, ...next },
      update: { ...next, version: { increment: 1 } },
      select: { reviewAssessments: true, reviewClaims: true },
    });
    await tx.auditEvent.create({
      data: auditEvent("settings.update", "WorkspaceSettings", "1", actorId, before, after),
    });
    return after;
  }, WRITE_TRANSACTION);
  return done(saved);
}
