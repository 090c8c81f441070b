import "server-only";
import { db } from "@/lib/db/client";
import { auditEvent } from "@/lib/audit/event";
import { currentInstant } from "@/lib/calendar";
import { WRITE_TRANSACTION } from "@/lib/manage/result";
import { fetchCopy } from "./fetch-copy";
import { recordCapture, type LinkStatus } from "./mutations";
import type { CaptureSettings } from "./settings";

/** Answers that mean the page is gone now, not maybe later. */
const GONE_AT_ONCE = new Set([404, 410]);

/** The link status after a failed check: gone at once on 404/410, or after N failures in a row. */
export function statusAfterFailure(previous: LinkStatus | null, httpStatus: number | null, failedChecks: number, goneAfterChecks: number): LinkStatus {
  if ((httpStatus !== null && GONE_AT_ONCE.has(httpStatus)) || failedChecks >= goneAfterChecks) return "GONE";
  return previous === "GONE" || previous === null ? "LIVE" : previous;
}

/**
 * Re-fetches a captured evidence link and records the check (append-only): reachable or not, the
 * HTTP status, and whether the extracted text still matches the first capture's. New content is
 * kept as a new capture (trigger "check"); a change of link status is audited.
 */
export async function checkEvidence(evidenceId: string, settings: CaptureSettings): Promise<LinkStatus | null> {
  const evidence = await db.evidence.findUnique({ where: { id: evidenceId }, select: { url: true, removedAt: true, watch: true } });
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
      await tx.auditEvent.create({ data: auditEvent("evidence.link-status", "Evidence", evidenceId, null, { linkStatus: previous }, { linkStatus, checkedAt: at }) });
    }
    await tx.evidenceWatch.updateMany({
      where: { evidenceId, url },
      data: { linkStatus, failedChecks, lastCheckedAt: at, nextCheckAt: new Date(at.getTime() + interval) },
    });
  }, WRITE_TRANSACTION);
  return linkStatus;
}
