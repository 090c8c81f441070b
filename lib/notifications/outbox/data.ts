import "server-only";
import { db } from "@/lib/db/client";
import { TRANSLATABLE_SELECT } from "@/lib/commitments/data";
import type { ChangeFacts } from "../compose";

/** Deliveries due now that no live worker holds, oldest first. */
export async function listDueDeliveryIds(now: Date, limit: number): Promise<string[]> {
  const rows = await db.delivery.findMany({
    where: { state: "PENDING", nextAttemptAt: { lte: now }, OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] },
    orderBy: { nextAttemptAt: "asc" },
    take: limit,
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

export function getDelivery(id: string) {
  return db.delivery.findUnique({ where: { id } });
}

export function getWebhook(id: string) {
  return db.webhook.findUnique({ where: { id } });
}

export function getSubscription(id: string) {
  return db.subscription.findUnique({ where: { id } });
}

export function getEditorAddress(userId: string) {
  return db.user.findUnique({ where: { id: userId }, select: { email: true, isActive: true, mailLocale: true } });
}

export function getCommitmentText(id: string) {
  return db.commitment.findUnique({ where: { id }, select: TRANSLATABLE_SELECT });
}

/** The facts mail tells about status changes, oldest first. */
export async function getChangeFacts(ids: string[]): Promise<ChangeFacts[]> {
  const changes = await db.statusChange.findMany({
    where: { id: { in: ids } },
    orderBy: { recordedAt: "asc" },
    include: { commitment: { select: { slug: true, ...TRANSLATABLE_SELECT } } },
  });
  return changes.map((change) => ({
    slug: change.commitment.slug,
    commitment: change.commitment,
    field: change.field,
    from: change.fromValue,
    to: change.toValue,
    effectiveOn: change.effectiveOn,
  }));
}

/** What an editor's mail about a proposal tells: the record, the proposed status, who proposed it, the reviewer's comment. */
export function getProposalFacts(id: string) {
  return db.statusProposal.findUnique({
    where: { id },
    select: {
      field: true,
      toValue: true,
      effectiveOn: true,
      state: true,
      reviewComment: true,
      commitmentId: true,
      proposedBy: { select: { name: true } },
      commitment: { select: TRANSLATABLE_SELECT },
    },
  });
}

/** What a change proposal's mail says: its kind, what it adds or replaces, and its record. */
export function getChangeProposalFacts(id: string) {
  return db.changeProposal.findUnique({
    where: { id },
    select: {
      kind: true,
      payload: true,
      replaces: true,
      state: true,
      reviewComment: true,
      commitmentId: true,
      proposedBy: { select: { name: true } },
      commitment: { select: TRANSLATABLE_SELECT },
    },
  });
}

/** The record a reader's report is about (the mail names it and links to the inbox, nothing the reader wrote). */
export function getCorrectionFacts(id: string) {
  return db.readerCorrection.findUnique({
    where: { id },
    select: { state: true, commitment: { select: TRANSLATABLE_SELECT } },
  });
}
