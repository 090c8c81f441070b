import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { auditEvent } from "@/lib/audit/event";
import { currentInstant } from "@/lib/calendar";
import { WRITE_TRANSACTION } from "@/lib/operations/result";
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
export async function recordCapture(
  tx: Prisma.TransactionClient,
  evidenceId: string,
  url: string,
  trigger: CaptureTrigger,
  copy: FetchedCopy,
  at: Date,
) {
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
        ? {
            contentType: copy.contentType,
            size: copy.staged.size,
            sha256: copy.staged.sha256,
            title: copy.title,
            text: copy.text,
            textSha256: copy.textSha256,
          }
        : {}),
    },
    select: {
      id: true,
      outcome: true,
      reason: true,
      sha256: true,
      size: true,
      contentType: true,
      finalUrl: true,
      httpStatus: true,
      capturedAt: true,
      trigger: true,
      url: true,
    },
  });
  await tx.auditEvent.create({ data: auditEvent("evidence.capture", "Evidence", evidenceId, null, null, capture) });
  return capture;
}

/**
 * Tries to capture an evidence link whose capture is due (or forced by `npm run evidence:check`).
 * The fetch happens outside any transaction; the capture row, its audit event and the watch
 * state are written together afterwards. Returns the outcome, or null when there was nothing to do.
 */
export async function captureEvidence(
  evidenceId: string,
  trigger: CaptureTrigger,
  settings: CaptureSettings,
): Promise<string | null> {
  const evidence = await db.evidence.findUnique({
    where: { id: evidenceId },
    select: { url: true, removedAt: true, watch: true },
  });
  if (!evidence || evidence.removedAt) return null;
  const url = evidence.url;
  const copy = await fetchCopy(url, settings);
  if (copy.ok) await copy.staged.keep();
  const at = currentInstant();
  const attempts = (evidence.watch?.url === url ? evidence.watch.captureAttempts : 0) + 1;
  await db.$transaction(async (tx) => {
    await recordCapture(tx, evidenceId, url, trigger, copy, at);
    const state = copy.ok
      ? {
          captureDueAt: null,
          captureAttempts: attempts,
          linkStatus: "LIVE",
          failedChecks: 0,
          lastCheckedAt: at,
          nextCheckAt: firstCheckAt(evidenceId, at, settings.checkIntervalMs),
        }
      : {
          captureDueAt: copy.outcome === "REFUSED" ? null : new Date(at.getTime() + retryDelayMs(attempts)),
          captureAttempts: attempts,
        };
    // Only the state for the same URL moves on: an edit meanwhile has started a new series.
    await tx.evidenceWatch.updateMany({ where: { evidenceId, url }, data: state });
  }, WRITE_TRANSACTION);
  return copy.ok ? "CAPTURED" : copy.outcome;
}

/** Starts (or restarts, after a URL edit) the capture series of an evidence link, inside the save's transaction. */
export async function startWatch(tx: Prisma.TransactionClient, evidenceId: string, url: string): Promise<void> {
  const fresh = {
    url,
    captureDueAt: currentInstant(),
    captureAttempts: 0,
    linkStatus: null,
    failedChecks: 0,
    lastCheckedAt: null,
    nextCheckAt: null,
  };
  await tx.evidenceWatch.upsert({ where: { evidenceId }, create: { evidenceId, ...fresh }, update: fresh });
}

/** Answers that mean the page is gone now, not maybe later. */
const GONE_AT_ONCE = new Set([404, 410]);

/** The link status after a failed check: gone at once on 404/410, or after N failures in a row. */
export function statusAfterFailure(
  previous: LinkStatus | null,
  httpStatus: number | null,
  failedChecks: number,
  goneAfterChecks: number,
): LinkStatus {
  if ((httpStatus !== null && GONE_AT_ONCE.has(httpStatus)) || failedChecks >= goneAfterChecks) return "GONE";
  return previous === "GONE" || previous === null ? "LIVE" : previous;
}

/**
 * Re-fetches a captured evidence link and records the check (append-only): reachable or not, the
 * HTTP status, and whether the extracted text still matches the first capture's. New content is
 * kept as a new capture (trigger "check"); a change of link status is audited.
 */
export async function checkEvidence(evidenceId: string, settings: CaptureSettings): Promise<LinkStatus | null> {
  const evidence = await db.evidence.findUnique({
    where: { id: evidenceId },
    select: { url: true, removedAt: true, watch: true },
  });
  const watch = evidence?.watch;
  if (!evidence || evidence.removedAt || !watch || watch.url !== evidence.url) return null;
  const url = evidence.url;
  const captured = { evidenceId, url, outcome: "CAPTURED" };
  const [original, latest] = await Promise.all([
    db.evidenceCapture.findFirst({ where: captured, orderBy: { capturedAt: "asc" }, select: { textSha256: true } }),
    db.evidenceCapture.findFirst({ where: captured, orderBy: { capturedAt: "desc" }, select: { textSha256: true } }),
  ]);
  if (!original) return null;

  const copy = await fetchCopy(url, settings);
  const isNewContent = copy.ok && copy.textSha256 !== latest?.textSha256;
  if (copy.ok && isNewContent) await copy.staged.keep();
  else if (copy.ok) await copy.staged.discard();

  const at = currentInstant();
  const previous = (watch.linkStatus as LinkStatus | null) ?? null;
  const failedChecks = copy.ok ? 0 : watch.failedChecks + 1;
  const linkStatus: LinkStatus = copy.ok
    ? copy.textSha256 === original.textSha256
      ? "LIVE"
      : "CHANGED"
    : statusAfterFailure(previous, copy.httpStatus, failedChecks, settings.goneAfterChecks);
  const interval = settings.checkIntervalMs > 0 ? settings.checkIntervalMs : 24 * 3_600_000;

  await db.$transaction(async (tx) => {
    await tx.evidenceCheck.create({
      data: {
        evidenceId,
        url,
        checkedAt: at,
        isReachable: copy.ok,
        httpStatus: copy.httpStatus,
        reason: copy.ok ? null : copy.reason,
        textSha256: copy.ok ? copy.textSha256 : null,
        linkStatus,
      },
    });
    if (isNewContent) await recordCapture(tx, evidenceId, url, "check", copy, at);
    if (previous !== linkStatus) {
      await tx.auditEvent.create({
        data: auditEvent(
          "evidence.link-status",
          "Evidence",
          evidenceId,
          null,
          { linkStatus: previous },
          { linkStatus, checkedAt: at },
        ),
      });
    }
    await tx.evidenceWatch.updateMany({
      where: { evidenceId, url },
      data: { linkStatus, failedChecks, lastCheckedAt: at, nextCheckAt: new Date(at.getTime() + interval) },
    });
  }, WRITE_TRANSACTION);
  return linkStatus;
}
