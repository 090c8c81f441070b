import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { conflict, notFound, type MutationResult } from "@/lib/operations/result";

/** The commitment's status fields as a conflict screen shows them. */
export const COMMITMENT_SNAPSHOT = {
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

/**
 * What the person is shown when someone else saved first: the commitment as it is now (inside a
 * transaction, read through it: `client`).
 */
export async function commitmentConflict(
  commitmentId: string,
  client: Pick<Prisma.TransactionClient, "commitment"> = db,
): Promise<MutationResult<never>> {
  const current = await client.commitment.findUnique({ where: { id: commitmentId }, select: COMMITMENT_SNAPSHOT });
  return current ? conflict(current, current.version) : notFound();
}
