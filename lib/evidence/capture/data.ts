import "server-only";
import { db } from "@/lib/db/client";
import type { LinkStatus } from "./mutations";

export type CaptureStatus = "captured" | "pending" | "failed" | "refused";

/** What readers and the API see of an evidence link's archived copy and its watch. */
export type CaptureSummary = {
  status: CaptureStatus;
  /** Why the latest attempt failed or was refused (when not captured). */
  reason: string | null;
  /** The HTTP status of that attempt, when the site answered. */
  httpStatus: number | null;
  /** The first capture of the current URL: the copy of what the editor cited. */
  captureId: string | null;
  capturedAt: Date | null;
  sha256: string | null;
  contentType: string | null;
  size: number | null;
  lastCheckedAt: Date | null;
  linkStatus: LinkStatus | null;
};

const PENDING: CaptureSummary = {
  status: "pending",
  reason: null,
  httpStatus: null,
  captureId: null,
  capturedAt: null,
  sha256: null,
  contentType: null,
  size: null,
  lastCheckedAt: null,
  linkStatus: null,
};

/** Capture summaries for evidence links, by id (two queries whatever the number of links). */
export async function captureSummaries(evidence: { id: string; url: string }[]): Promise<Map<string, CaptureSummary>> {
  const ids = evidence.map((item) => item.id);
  const [captures, watches] = await Promise.all([
    db.evidenceCapture.findMany({
      where: { evidenceId: { in: ids } },
      orderBy: { capturedAt: "asc" },
      select: {
        id: true,
        evidenceId: true,
        url: true,
        outcome: true,
        reason: true,
        httpStatus: true,
        capturedAt: true,
        sha256: true,
        contentType: true,
        size: true,
      },
    }),
    db.evidenceWatch.findMany({
      where: { evidenceId: { in: ids } },
      select: { evidenceId: true, url: true, linkStatus: true, lastCheckedAt: true },
    }),
  ]);
  const watchOf = new Map(watches.map((watch) => [watch.evidenceId, watch]));
  const result = new Map<string, CaptureSummary>();
  for (const item of evidence) {
    const mine = captures.filter((capture) => capture.evidenceId === item.id && capture.url === item.url);
    const first = mine.find((capture) => capture.outcome === "CAPTURED");
    const latest = mine.at(-1);
    const watch = watchOf.get(item.id);
    const watched = watch?.url === item.url ? watch : undefined;
    if (first) {
      result.set(item.id, {
        status: "captured",
        reason: null,
        httpStatus: first.httpStatus,
        captureId: first.id,
        capturedAt: first.capturedAt,
        sha256: first.sha256,
        contentType: first.contentType,
        size: first.size,
        lastCheckedAt: watched?.lastCheckedAt ?? null,
        linkStatus: (watched?.linkStatus as LinkStatus | null | undefined) ?? null,
      });
    } else if (latest) {
      result.set(item.id, {
        ...PENDING,
        status: latest.outcome === "REFUSED" ? "refused" : "failed",
        reason: latest.reason,
        httpStatus: latest.httpStatus,
      });
    } else {
      result.set(item.id, PENDING);
    }
  }
  return result;
}

/** The same evidence items, each with its `capture` summary. */
export async function withCaptureSummaries<T extends { id: string; url: string }>(
  evidence: T[],
): Promise<(T & { capture: CaptureSummary })[]> {
  const summaries = await captureSummaries(evidence);
  return evidence.map((item) => ({ ...item, capture: summaries.get(item.id) ?? PENDING }));
}

/** A captured copy that may be shown to the public: its evidence is live and its commitment published. */
export async function getPublicCapture(captureId: string) {
  return db.evidenceCapture.findFirst({
    where: {
      id: captureId,
      outcome: "CAPTURED",
      evidence: { removedAt: null, commitment: { isPublished: true, isArchived: false } },
    },
    select: { id: true, sha256: true, contentType: true, size: true, capturedAt: true, url: true, finalUrl: true },
  });
}

/** Evidence links that need an editor's attention: gone, changed, or not captured (failed, refused). */
export async function listEvidenceNeedingAttention(take = 50) {
  const rows = await db.evidence.findMany({
    where: {
      removedAt: null,
      commitment: { isArchived: false },
      watch: { OR: [{ linkStatus: { in: ["GONE", "CHANGED"] } }, { captureAttempts: { gt: 0 }, nextCheckAt: null }] },
    },
    orderBy: { updatedAt: "desc" },
    take,
    select: { id: true, url: true, title: true, commitment: { select: { id: true, title: true, slug: true } } },
  });
  const summaries = await captureSummaries(rows);
  return rows.map((row) => ({ ...row, capture: summaries.get(row.id) ?? PENDING }));
}

/** Watched links whose capture is due (or pending at all) and captured links whose check is due (or all). */
export async function listDueWork(now: Date, options: { everything: boolean; checks: boolean }) {
  const live = { evidence: { removedAt: null } };
  const [dueCaptures, dueChecks] = await Promise.all([
    db.evidenceWatch.findMany({
      where: { ...live, captureDueAt: options.everything ? { not: null } : { lte: now } },
      select: { evidenceId: true, url: true, captureAttempts: true },
    }),
    options.checks
      ? db.evidenceWatch.findMany({
          where: { ...live, captureDueAt: null, nextCheckAt: options.everything ? { not: null } : { lte: now } },
          select: { evidenceId: true, url: true },
          orderBy: { nextCheckAt: "asc" },
        })
      : [],
  ]);
  return { dueCaptures, dueChecks };
}
