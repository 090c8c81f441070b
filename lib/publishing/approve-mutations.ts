import "server-only";
import { db } from "@/lib/db/client";
import { RollbackWith, WRITE_TRANSACTION, done, withRollback, type MutationResult } from "@/lib/operations/result";
import { requestCaptures } from "@/lib/evidence/capture/on-save";
import type { DecideProposalInput } from "@/lib/review/schema";
import { claimProposalInTransaction, markProposalApprovedInTransaction, readLinks } from "@/lib/review/mutations";
import { claimChangeProposalInTransaction, markChangeApprovedInTransaction } from "@/lib/review/change-mutations";
import { recordStatusChangeInTransaction } from "@/lib/statuses/mutations";
import { commitmentConflict } from "@/lib/statuses/data";
import type { ReasonCode } from "@/lib/statuses/reasons";
import { editEvidenceInTransaction, evidenceConflict, removeEvidenceInTransaction } from "@/lib/evidence/mutations";
import type { EditEvidenceInput, RemoveEvidenceInput } from "@/lib/evidence/schema";
import { addQuoteInTransaction, commitmentFieldsConflict, removeQuoteInTransaction } from "@/lib/commitments/mutations";
import type { AddQuoteInput, RemoveQuoteInput } from "@/lib/commitments/schema";
import type { StatusFieldKey } from "@/lib/vocabulary";

// Approval makes a proposal public through the same write core as a direct change, in one
// transaction with the proposal's decision; the reviewer's version of the proposal and the
// proposer's version of the record must both still hold, or nothing is written.

/**
 * status.approve: a second editor makes the proposal the public change, effective on its stated
 * date. Never its proposer; never a proposal revised since the reviewer loaded it, nor one whose
 * record changed since it was made (both conflicts). Nothing is written when refused.
 */
export async function approveProposal(
  input: DecideProposalInput,
  actorId: string,
): Promise<MutationResult<{ proposalId: string; statusChangeId: string }>> {
  return withRollback(async () => {
    const outcome = await db.$transaction(async (tx) => {
      const proposal = await claimProposalInTransaction(tx, input, actorId);
      const newEvidence = readLinks(proposal.newEvidence);
      const statusChangeId = await recordStatusChangeInTransaction(
        tx,
        {
          commitmentId: proposal.commitmentId,
          version: proposal.baseVersion,
          field: proposal.field as StatusFieldKey,
          to: proposal.toValue,
          effectiveOn: proposal.effectiveOn,
          justification: proposal.justification,
          reasonCode: proposal.reasonCode as ReasonCode,
          evidenceIds: JSON.parse(proposal.evidenceIds) as string[],
          newEvidence,
        },
        proposal.proposedById,
        { reviewedById: actorId, proposalId: proposal.id },
      );
      if (statusChangeId === null) throw new RollbackWith(await commitmentConflict(proposal.commitmentId, tx));
      await markProposalApprovedInTransaction(tx, proposal.id, statusChangeId, actorId);
      return { statusChangeId, hasNewEvidence: newEvidence.length > 0 };
    }, WRITE_TRANSACTION);
    if (outcome.hasNewEvidence) requestCaptures();
    return done({ proposalId: input.proposalId, statusChangeId: outcome.statusChangeId });
  });
}

/**
 * change.approve: a reviewer runs a proposed evidence or quote change as its proposer's write,
 * against the target's version the proposer saw (a target changed since is a conflict). Never its
 * proposer; never a proposal revised or decided since the reviewer loaded it.
 */
export async function approveChangeProposal(
  input: DecideProposalInput,
  actorId: string,
): Promise<MutationResult<{ proposalId: string; commitmentId: string }>> {
  return withRollback(async () => {
    const outcome = await db.$transaction(async (tx) => {
      const proposal = await claimChangeProposalInTransaction(tx, input, actorId);
      const by = proposal.proposedById;
      let isNewUrl = false;
      switch (proposal.kind) {
        case "evidence.edit": {
          const payload = revive(proposal.payload as EditEvidenceInput, ["publishedOn"]);
          const edited = await editEvidenceInTransaction(tx, { ...payload, version: proposal.targetVersion }, by);
          if (!edited) throw new RollbackWith(await evidenceConflict(payload.evidenceId, tx));
          isNewUrl = edited.isNewUrl;
          break;
        }
        case "evidence.remove": {
          const payload = proposal.payload as RemoveEvidenceInput;
          const removed = await removeEvidenceInTransaction(tx, { ...payload, version: proposal.targetVersion }, by);
          if (!removed) throw new RollbackWith(await evidenceConflict(payload.evidenceId, tx));
          break;
        }
        case "quote.add": {
          const payload = revive(proposal.payload as AddQuoteInput, ["sourcePublishedOn"]);
          const added = await addQuoteInTransaction(tx, { ...payload, version: proposal.targetVersion }, by);
          if (!added) throw new RollbackWith(await commitmentFieldsConflict(proposal.commitmentId, tx));
          break;
        }
        case "quote.remove": {
          const payload = proposal.payload as RemoveQuoteInput;
          const removed = await removeQuoteInTransaction(tx, { ...payload, version: proposal.targetVersion }, by);
          if (!removed) throw new RollbackWith(await commitmentFieldsConflict(proposal.commitmentId, tx));
          break;
        }
      }
      await markChangeApprovedInTransaction(tx, proposal.id, actorId);
      return { commitmentId: proposal.commitmentId, isNewUrl };
    }, WRITE_TRANSACTION);
    if (outcome.isNewUrl) requestCaptures();
    return done({ proposalId: input.proposalId, commitmentId: outcome.commitmentId });
  });
}

/** A validated input stored as JSON, with its dates made dates again. */
function revive<T extends object>(stored: T, dateFields: readonly string[]): T {
  const copy = { ...stored } as Record<string, unknown>;
  for (const field of dateFields) {
    const value = copy[field];
    copy[field] = typeof value === "string" ? new Date(value) : (value ?? null);
  }
  return copy as unknown as T;
}
