import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pageWindow } from "@/lib/paging";

const PROPOSAL_INCLUDE = {
  commitment: {
    select: { id: true, slug: true, title: true, version: true, assessment: true, officialClaim: true },
  },
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
    /** The value the proposal replaces: the record's current assessment or claim. */
    fromValue: proposal.field === "ASSESSMENT" ? proposal.commitment.assessment : proposal.commitment.officialClaim,
  }));
  return { items, total, page, pageCount };
}

export type PendingProposal = Awaited<ReturnType<typeof listPendingProposals>>["items"][number];

/** How many proposals wait, by field, how many evidence and quote changes wait, and how many were returned. */
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
  const pendingChanges = await db.changeProposal.count({ where: { state: "PENDING" } });
  return {
    pendingChanges,
    pending: count("PENDING"),
    pendingAssessments: count("PENDING", "ASSESSMENT"),
    pendingClaims: count("PENDING", "OFFICIAL_CLAIM"),
    returned: count("RETURNED"),
  };
}

/**
 * How many proposals wait for this reviewer: pending status and change proposals someone else made
 * (nobody reviews their own). Two indexed counts, for the workspace home.
 */
export async function countWaitingFor(reviewerId: string): Promise<number> {
  const where = { state: "PENDING", proposedById: { not: reviewerId } };
  const [statuses, changes] = await Promise.all([
    db.statusProposal.count({ where }),
    db.changeProposal.count({ where }),
  ]);
  return statuses + changes;
}

/** The evidence and quote changes waiting for review, oldest first (the queue shows the first `take`). */
export async function listPendingChanges(take = 50) {
  const changes = await db.changeProposal.findMany({
    where: { state: "PENDING" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: {
      commitment: { select: { id: true, title: true, version: true } },
      proposedBy: { select: { id: true, name: true } },
    },
    take,
  });
  return changes.map(({ payload, replaces, ...change }) => ({
    ...change,
    proposed: JSON.parse(payload) as Record<string, unknown>,
    replaces: JSON.parse(replaces) as Record<string, unknown> | null,
  }));
}

export type PendingChange = Awaited<ReturnType<typeof listPendingChanges>>[number];

/**
 * A record's evidence and quote change proposals still open (pending, or returned to their
 * proposer), newest first, for its workspace page: so a contributor sees what they sent.
 */
export async function listOpenChangesFor(commitmentId: string) {
  const changes = await db.changeProposal.findMany({
    where: { commitmentId, state: { in: ["PENDING", "RETURNED"] } },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    include: { proposedBy: { select: { id: true, name: true } }, reviewedBy: { select: { name: true } } },
    take: 50,
  });
  return changes.map(({ payload, replaces, ...change }) => ({
    ...change,
    proposed: JSON.parse(payload) as Record<string, unknown>,
    replaces: JSON.parse(replaces) as Record<string, unknown> | null,
  }));
}

export type OpenChange = Awaited<ReturnType<typeof listOpenChangesFor>>[number];

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
