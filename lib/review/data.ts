import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pageWindow } from "@/lib/paging";
import type { StatusFieldKey } from "@/lib/vocabulary";

const PROPOSAL_INCLUDE = {
  commitment: { select: { id: true, slug: true, title: true, version: true } },
  proposedBy: { select: { id: true, name: true } },
  reviewedBy: { select: { name: true } },
} as const;

/**
 * One page of the review queue: pending proposals, oldest first (ties by id, so pages never overlap
 * or skip), with the evidence they cite. A page past the end is the last page.
 */
export async function listPendingProposals(requestedPage = 1) {
  const where = { state: "PENDING" };
  const total = await db.statusProposal.count({ where });
  const { page, pageCount, skip, take } = pageWindow(requestedPage, total);
  const proposals = await db.statusProposal.findMany({
    where,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: PROPOSAL_INCLUDE,
    skip,
    take,
  });
  const evidenceIds = proposals.flatMap((proposal) => JSON.parse(proposal.evidenceIds) as string[]);
  const evidence = await db.evidence.findMany({
    where: { id: { in: evidenceIds } },
    select: { id: true, url: true, title: true },
  });
  const byId = new Map(evidence.map((item) => [item.id, item]));
  const items = proposals.map((proposal) => ({
    ...proposal,
    evidence: (JSON.parse(proposal.evidenceIds) as string[]).flatMap((id) => byId.get(id) ?? []),
    newEvidence: JSON.parse(proposal.newEvidence) as { url: string; title: string }[],
    isStale: proposal.commitment.version !== proposal.baseVersion,
  }));
  return { items, total, page, pageCount };
}

export type PendingProposal = Awaited<ReturnType<typeof listPendingProposals>>["items"][number];

/** How many proposals wait, by field, and how many were returned to their proposers. */
export async function countProposals() {
  const rows = await db.statusProposal.groupBy({
    by: ["state", "field"],
    where: { state: { in: ["PENDING", "RETURNED"] } },
    _count: { _all: true },
  });
  const count = (state: string, field?: string) =>
    rows
      .filter((row) => row.state === state && (!field || row.field === field))
      .reduce((sum, row) => sum + row._count._all, 0);
  return {
    pending: count("PENDING"),
    pendingAssessments: count("PENDING", "ASSESSMENT"),
    pendingClaims: count("PENDING", "OFFICIAL_CLAIM"),
    returned: count("RETURNED"),
  };
}

/** A record's proposals still open (pending or returned), newest first, for its workspace page. */
export async function listOpenProposalsFor(commitmentId: string) {
  const proposals = await db.statusProposal.findMany({
    where: { commitmentId, state: { in: ["PENDING", "RETURNED"] } },
    orderBy: { updatedAt: "desc" },
    include: PROPOSAL_INCLUDE,
  });
  return proposals.map((proposal) => ({
    ...proposal,
    evidenceIds: JSON.parse(proposal.evidenceIds) as string[],
    newEvidence: JSON.parse(proposal.newEvidence) as { url: string; title: string; kind?: string }[],
  }));
}

export type OpenProposal = Awaited<ReturnType<typeof listOpenProposalsFor>>[number];

export type ReviewSettings = { reviewAssessments: boolean; reviewClaims: boolean };

/** Review is off until an admin turns it on (a one-person NGO must still be able to work). */
const DEFAULTS: ReviewSettings = { reviewAssessments: false, reviewClaims: false };

type Reader = Pick<Prisma.TransactionClient, "workspaceSettings">;

/** The workspace's review settings (defaults when never saved). */
export async function getReviewSettings(client: Reader = db): Promise<ReviewSettings> {
  const row = await client.workspaceSettings.findUnique({
    where: { id: 1 },
    select: { reviewAssessments: true, reviewClaims: true },
  });
  return row ?? DEFAULTS;
}

/** Whether a change of `field` needs a second editor's approval, read in the writer's transaction. */
export async function isReviewRequired(client: Reader, field: StatusFieldKey): Promise<boolean> {
  const settings = await getReviewSettings(client);
  return field === "ASSESSMENT" ? settings.reviewAssessments : settings.reviewClaims;
}
