import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { auditEvent } from "@/lib/audit/event";
import { currentInstant } from "@/lib/calendar";
import { enqueueEditorNotice } from "@/lib/notifications/enqueue";
import { WRITE_TRANSACTION, done, withRollback, type MutationResult } from "@/lib/operations/result";
import { assertClaimed, assertDecidable } from "./claimable";
import type { DecideProposalInput, ReturnProposalInput } from "./schema";

// Proposals of a public change other than a status (table ChangeProposal): a contributor's edit or
// removal of evidence, or addition or removal of a quote. This module stores them and their
// decisions; approval runs the change's own write (lib/publishing/approve-mutations.ts).

/** The changes a ChangeProposal can hold: the names of the operations approval runs. */
export const CHANGE_KINDS = ["evidence.edit", "evidence.remove", "quote.add", "quote.remove"] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** A proposed change: what it is, on which record and target at which version, and what it replaces. */
export type ChangeProposalRecord = {
  kind: ChangeKind;
  commitmentId: string;
  targetId: string | null;
  targetVersion: number;
  /** The operation's validated input, run as it is on approval. */
  payload: unknown;
  /** The value the change replaces, as the proposer saw it (null for an addition). */
  replaces: unknown;
};

/** Records a change proposal and its audit event (change.propose); nothing public changes. */
export async function proposeChange(
  record: ChangeProposalRecord,
  actorId: string,
): Promise<MutationResult<{ proposalId: string; commitmentId: string }>> {
  const created = await db.$transaction(async (tx) => {
    const proposal = await tx.changeProposal.create({
      data: {
        kind: record.kind,
        commitmentId: record.commitmentId,
        targetId: record.targetId,
        targetVersion: record.targetVersion,
        payload: JSON.stringify(record.payload),
        replaces: JSON.stringify(record.replaces ?? null),
        proposedById: actorId,
      },
    });
    await tx.auditEvent.create({
      data: auditEvent("change.propose", "ChangeProposal", proposal.id, actorId, null, {
        kind: record.kind,
        commitmentId: record.commitmentId,
        targetId: record.targetId,
        targetVersion: record.targetVersion,
        payload: record.payload,
      }),
    });
    await enqueueEditorNotice(tx, "change-proposal", proposal.id, proposal.version, actorId);
    return proposal;
  }, WRITE_TRANSACTION);
  return done({ proposalId: created.id, commitmentId: created.commitmentId });
}

/**
 * Claims a pending change proposal for a decision by someone other than its proposer, at the
 * version the reviewer saw, or throws the reason it cannot be (the same rules as status proposals).
 */
export async function claimChangeProposalInTransaction(
  tx: Prisma.TransactionClient,
  input: DecideProposalInput,
  actorId: string,
) {
  const proposal = await tx.changeProposal.findUnique({ where: { id: input.proposalId } });
  assertDecidable(proposal, input, actorId);
  const claimed = await tx.changeProposal.updateMany({
    where: { id: proposal.id, state: "PENDING", version: proposal.version },
    data: { version: { increment: 1 } },
  });
  assertClaimed(claimed.count);
  return { ...proposal, kind: proposal.kind as ChangeKind, payload: JSON.parse(proposal.payload) as unknown };
}

/** Marks a claimed change proposal approved, with its audit event (change.approve). */
export async function markChangeApprovedInTransaction(
  tx: Prisma.TransactionClient,
  proposalId: string,
  actorId: string,
): Promise<void> {
  await tx.changeProposal.update({
    where: { id: proposalId },
    data: { state: "APPROVED", reviewedById: actorId, decidedAt: currentInstant() },
  });
  await tx.auditEvent.create({
    data: auditEvent(
      "change.approve",
      "ChangeProposal",
      proposalId,
      actorId,
      { state: "PENDING" },
      { state: "APPROVED" },
    ),
  });
}

/** change.return: a reviewer sends a change proposal back to its proposer with a comment; nothing public changes. */
export async function returnChangeProposal(
  input: ReturnProposalInput,
  actorId: string,
): Promise<MutationResult<{ proposalId: string; commitmentId: string }>> {
  return withRollback(async () => {
    const commitmentId = await db.$transaction(async (tx) => {
      const proposal = await claimChangeProposalInTransaction(tx, input, actorId);
      await tx.changeProposal.update({
        where: { id: proposal.id },
        data: { state: "RETURNED", reviewedById: actorId, reviewComment: input.comment, decidedAt: currentInstant() },
      });
      await tx.auditEvent.create({
        data: auditEvent(
          "change.return",
          "ChangeProposal",
          proposal.id,
          actorId,
          { state: "PENDING" },
          { state: "RETURNED", comment: input.comment },
        ),
      });
      // The claim raised the version; the returned state is this proposal's last event.
      await enqueueEditorNotice(tx, "change-returned", proposal.id, proposal.version + 1, actorId);
      return proposal.commitmentId;
    }, WRITE_TRANSACTION);
    return done({ proposalId: input.proposalId, commitmentId });
  });
}
