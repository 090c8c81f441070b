import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { auditEvent } from "@/lib/audit/event";
import { currentInstant } from "@/lib/calendar";
import { WRITE_TRANSACTION } from "@/lib/manage/result";
import { fetchCopy, type FetchedCopy } from "./fetch-copy";
import type { CaptureSettings } from "./settings";

export type CaptureTrigger = "save" | "retry" | "check";
export type LinkStatus = "LIVE" | "CHANGED" | "GONE";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** When a failed capture is tried again: 5 min, 20 min, 80 min, … at most a day later. */
export function retryDelayMs(attempts: number): number {
  return Math.min(5 * MINUTE * 4 ** Math.max(0, attempts - 1), DAY);
}

/** A fraction in [0, 1) fixed per evidence link, so first checks spread over the interval. */
function spreadOf(evidenceId: string): number {
  return createHash("sha256").update(evidenceId).digest().readUInt32BE(0) / 2 ** 32;
}

/** The first check after a capture: somewhere in the next 0.5–1.5 intervals, fixed per link. */
export function firstCheckAt(evidenceId: string, from: Date, intervalMs: number): Date {
  const interval = intervalMs > 0 ? intervalMs : DAY;
  return new Date(from.getTime() + interval * (0.5 + spreadOf(evidenceId)));
}

type CaptureRow = { outcome: string; reason: string | null; finalUrl: string | null; httpStatus: number | null };

/** Writes one capture row (append-only) and its audit event; the bytes are already kept. */
export async function recordCapture(tx: Prisma.TransactionClient, evidenceId: string, url: string, trigger: CaptureTrigger, copy: FetchedCopy, at: Date) {
  const base: CaptureRow = copy.ok
    ? { outcome: "CAPTURED", reason: null, finalUrl: copy.finalUrl, httpStatus: copy.httpStatus }
    : { outcome: copy.outcome, reason: copy.reason, finalUrl: copy.finalUrl, httpStatus: copy.httpStatus };
  const capture = await tx.evidenceCapture.create({
    data: {
      evidenceId,
      url,
      trigger,
      capturedAt: at,
      ...base,
      ...(copy.ok
        ? { contentType: copy.contentType, size: copy.staged.size, sha256: copy.staged.sha256, title: copy.title, text: copy.text, textSha256: copy.textSha256 }
        : {}),
    },
    select: { id: true, outcome: true, reason: true, sha256: true, size: true, contentType: true, finalUrl: true, httpStatus: true, capturedAt: true, trigger: true, url: true },
  });
  await tx.auditEvent.create({ data: auditEvent("evidence.capture", "Evidence", evidenceId, null, null, capture) });
  return capture;
}

/**
 * Tries to capture an evidence link whose capture is due (or forced by `npm run evidence:check`).
 * The fetch happens outside any transaction; the capture row, its audit event and the watch
 * state are written together afterwards. Returns the outcome, or null when there was nothing to do.
 */
export async function captureEvidence(evidenceId: string, trigger: CaptureTrigger, settings: CaptureSettings): Promise<string | null> {
  const evidence = await db.evidence.findUnique({ where: { id: evidenceId }, select: { url: true, removedAt: true, watch: true } });
  if (!evidence || evidence.removedAt) return null;
  const url = evidence.url;
  const copy = await fetchCopy(url, settings);
  if (copy.ok) await copy.staged.keep();
  const at = currentInstant();
  const attempts = (evidence.watch?.url === url ? evidence.watch.captureAttempts : 0) + 1;
  await db.$transaction(async (tx) => {
    await recordCapture(tx, evidenceId, url, trigger, copy, at);
    const state = copy.ok
      ? { captureDueAt: null, captureAttempts: attempts, linkStatus: "LIVE", failedChecks: 0, lastCheckedAt: at, nextCheckAt: firstCheckAt(evidenceId, at, settings.checkIntervalMs) }
      : { captureDueAt: copy.outcome === "REFUSED" ? null : new Date(at.getTime() + retryDelayMs(attempts)), captureAttempts: attempts };
    // Only the state for the same URL moves on: an edit meanwhile has started a new series.
    await tx.evidenceWatch.updateMany({ where: { evidenceId, url }, data: state });
  }, WRITE_TRANSACTION);
  return copy.ok ? "CAPTURED" : copy.outcome;
}

/** Starts (or restarts, after a URL edit) the capture series of an evidence link, inside the save's transaction. */
export async function startWatch(tx: Prisma.TransactionClient, evidenceId: string, url: string): Promise<void> {
  const fresh = { url, captureDueAt: currentInstant(), captureAttempts: 0, linkStatus: null, failedChecks: 0, lastCheckedAt: null, nextCheckAt: null };
  await tx.evidenceWatch.upsert({ where: { evidenceId }, create: { evidenceId, ...fresh }, update: fresh });
}
