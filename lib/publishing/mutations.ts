import "server-only";
import { db } from "@/lib/db/client";
import { today } from "@/lib/calendar";
import { WRITE_TRANSACTION, done, notFound, withRollback, type MutationResult } from "@/lib/operations/result";
import { getReviewSettings } from "@/lib/review/data";
import { createProposalInTransaction, proposeStatusChange } from "@/lib/review/mutations";
import { proposeChange } from "@/lib/review/change-mutations";
import { publishStatusChange } from "@/lib/statuses/mutations";
import type { StatusUpdateInput } from "@/lib/statuses/schema";
import { UNSPECIFIED_REASON } from "@/lib/statuses/reasons";
import { editEvidence, evidenceConflict, removeEvidence } from "@/lib/evidence/mutations";
import type { EditEvidenceInput, RemoveEvidenceInput } from "@/lib/evidence/schema";
import {
  addQuote,
  commitmentFieldsConflict,
  createCommitment,
  createCommitmentInTransaction,
  removeQuote,
} from "@/lib/commitments/mutations";
import type { AddQuoteInput, CreateCommitmentInput, RemoveQuoteInput } from "@/lib/commitments/schema";
import { decidePublication, type Publication, type PublicChange } from "./policy";

// The layer above the features: each public change a person submits asks decidePublication once,
// then runs the feature's own write (publish) or records a proposal (lib/review). Approval is in
// ./approve-mutations.ts. The features below never import each other's writes.

type Proposed = { proposalId: string; commitmentId: string };

/** The decision for `change` by the person `actorId`, with their role read from the user row and the saved settings. */
async function decideFor(actorId: string, change: PublicChange): Promise<Publication> {
  const [actor, settings] = await Promise.all([
    db.user.findUnique({ where: { id: actorId }, select: { role: true } }),
    getReviewSettings(),
  ]);
  return decidePublication(actor?.role, change, settings);
}

/**
 * status.update: publishes the change at once, or (review on for its field, a contributor, or a
 * revision of a returned proposal) records a proposal for a second editor.
 */
export async function updateCommitmentStatus(
  input: StatusUpdateInput,
  actorId: string,
): Promise<MutationResult<{ statusChangeId: string } | { proposalId: string }>> {
  const decision = await decideFor(actorId, { kind: "status", field: input.field });
  if (input.proposalId || decision === "propose") return proposeStatusChange(input, actorId);
  return publishStatusChange(input, actorId);
}

/** The evidence link a change proposal is about, if it is still on the record at the version the person saw. */
async function evidenceAt(evidenceId: string, version: number) {
  const current = await db.evidence.findUnique({
    where: { id: evidenceId },
    select: { id: true, commitmentId: true, url: true, title: true, kind: true, version: true, removedAt: true },
  });
  if (!current || current.removedAt) return { problem: notFound() } as const;
  if (current.version !== version) return { problem: await evidenceConflict(evidenceId) } as const;
  const { id: _id, version: _version, removedAt: _removedAt, ...replaces } = current;
  return { problem: null, commitmentId: current.commitmentId, replaces } as const;
}

/** evidence.edit: saved at once by a role that may publish it, otherwise a proposal against the link's version. */
export async function submitEvidenceEdit(
  input: EditEvidenceInput,
  actorId: string,
): Promise<MutationResult<{ id: string } | Proposed>> {
  if ((await decideFor(actorId, { kind: "evidence.edit" })) === "publish") return editEvidence(input, actorId);
  const target = await evidenceAt(input.evidenceId, input.version);
  if (target.problem) return target.problem;
  return proposeChange(
    {
      kind: "evidence.edit",
      commitmentId: target.commitmentId,
      targetId: input.evidenceId,
      targetVersion: input.version,
      payload: input,
      replaces: target.replaces,
    },
    actorId,
  );
}

/** evidence.remove: removed at once by a role that may publish it, otherwise a proposal. */
export async function submitEvidenceRemoval(
  input: RemoveEvidenceInput,
  actorId: string,
): Promise<MutationResult<{ id: string; commitmentId: string } | Proposed>> {
  if ((await decideFor(actorId, { kind: "evidence.remove" })) === "publish") return removeEvidence(input, actorId);
  const target = await evidenceAt(input.evidenceId, input.version);
  if (target.problem) return target.problem;
  return proposeChange(
    {
      kind: "evidence.remove",
      commitmentId: target.commitmentId,
      targetId: input.evidenceId,
      targetVersion: input.version,
      payload: input,
      replaces: target.replaces,
    },
    actorId,
  );
}

/** The commitment a quote change is about, if it is at the version the person saw. */
async function commitmentAt(commitmentId: string, version: number): Promise<MutationResult<never> | null> {
  const current = await db.commitment.findUnique({ where: { id: commitmentId }, select: { version: true } });
  if (!current) return notFound();
  return current.version === version ? null : commitmentFieldsConflict(commitmentId);
}

/** quote.add: added at once by a role that may publish it, otherwise a proposal against the commitment's version. */
export async function submitQuoteAddition(
  input: AddQuoteInput,
  actorId: string,
): Promise<MutationResult<{ id: string } | Proposed>> {
  if ((await decideFor(actorId, { kind: "quote.add" })) === "publish") return addQuote(input, actorId);
  const problem = await commitmentAt(input.commitmentId, input.version);
  if (problem) return problem;
  return proposeChange(
    {
      kind: "quote.add",
      commitmentId: input.commitmentId,
      targetId: null,
      targetVersion: input.version,
      payload: input,
      replaces: null,
    },
    actorId,
  );
}

/** quote.remove: removed at once by a role that may publish it, otherwise a proposal against the commitment's version. */
export async function submitQuoteRemoval(
  input: RemoveQuoteInput,
  actorId: string,
): Promise<MutationResult<{ id: string } | Proposed>> {
  if ((await decideFor(actorId, { kind: "quote.remove" })) === "publish") return removeQuote(input, actorId);
  const problem = await commitmentAt(input.commitmentId, input.version);
  if (problem) return problem;
  const quote = await db.quote.findFirst({
    where: { id: input.quoteId, commitmentId: input.commitmentId },
    select: { text: true, source: { select: { title: true } } },
  });
  if (!quote) return notFound();
  return proposeChange(
    {
      kind: "quote.remove",
      commitmentId: input.commitmentId,
      targetId: input.quoteId,
      targetVersion: input.version,
      payload: input,
      replaces: { text: quote.text, source: quote.source.title },
    },
    actorId,
  );
}

/**
 * commitment.create: a new draft with its claim, or, when its claim may not be published by this
 * person alone (claim review on), a draft with no claim and the claim as a proposal, effective on
 * the day the commitment was first stated (or today), citing its first quote. One transaction.
 */
export async function submitNewCommitment(
  input: CreateCommitmentInput,
  actorId: string,
): Promise<MutationResult<{ id: string; slug: string; proposalId?: string }>> {
  const decision = await decideFor(actorId, { kind: "status", field: "OFFICIAL_CLAIM" });
  if (input.officialClaim === "NO_CLAIM" || decision === "publish") return createCommitment(input, actorId);
  return withRollback(async () => {
    const created = await db.$transaction(async (tx) => {
      const commitment = await createCommitmentInTransaction(tx, { ...input, officialClaim: "NO_CLAIM" }, actorId);
      const { version } = await tx.commitment.findUniqueOrThrow({
        where: { id: commitment.id },
        select: { version: true },
      });
      const proposalId = await createProposalInTransaction(
        tx,
        {
          commitmentId: commitment.id,
          version,
          field: "OFFICIAL_CLAIM",
          to: input.officialClaim,
          effectiveOn: input.firstStatedOn ?? today(),
          justification: input.quoteText,
          reasonCode: UNSPECIFIED_REASON,
          evidenceIds: [],
          newEvidence: [],
        },
        actorId,
      );
      // The record was created in this transaction: its version cannot have moved.
      if (proposalId === null)
        throw new Error("invariant: a new commitment's version moved inside its own transaction");
      return { ...commitment, proposalId };
    }, WRITE_TRANSACTION);
    return done(created);
  });
}
