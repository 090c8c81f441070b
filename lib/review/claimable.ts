import { message } from "@/lib/forms/messages";
import { RollbackWith, conflict, invalid, notFound } from "@/lib/operations/result";
import type { DecideProposalInput } from "./schema";

type Decidable = { proposedById: string; state: string; version: number };

/**
 * The rules every proposal decision (status or other change, approve or return) starts with:
 * it exists, someone other than its proposer decides, it is still pending, and it is the version
 * the reviewer saw (a proposal revised since is a conflict). Throws the refusal to roll back.
 */
export function assertDecidable<T extends Decidable>(
  proposal: T | null,
  input: DecideProposalInput,
  actorId: string,
): asserts proposal is T {
  if (!proposal) throw new RollbackWith(notFound());
  if (proposal.proposedById === actorId) throw new RollbackWith(invalid({ proposalId: message("selfReview") }));
  if (proposal.state !== "PENDING") throw new RollbackWith(invalid({ proposalId: message("proposalDecided") }));
  if (input.version !== proposal.version)
    throw new RollbackWith(conflict({ state: proposal.state, version: proposal.version }, proposal.version));
}

/** A claim's update count: anything but one means someone decided it meanwhile. */
export function assertClaimed(count: number): void {
  if (count !== 1) throw new RollbackWith(invalid({ proposalId: message("proposalDecided") }));
}
