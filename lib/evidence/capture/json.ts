import type { CaptureSummary } from "./data";

/** The archived copy's public address. */
export function archivedCopyPath(captureId: string): string {
  return `/captures/${captureId}`;
}

/**
 * The `capture` object of an evidence link in the JSON API: status captured / pending / failed /
 * refused (with a reason token), the first capture's time, SHA-256, type, size and address, and the
 * watcher's last check and link status (live / changed / gone, null before the first check).
 */
export function captureJson(capture: CaptureSummary, siteUrl: string) {
  return {
    status: capture.status,
    reason: capture.reason,
    captured_at: capture.capturedAt?.toISOString() ?? null,
    sha256: capture.sha256,
    content_type: capture.contentType,
    size: capture.size,
    archived_url: capture.captureId ? `${siteUrl}${archivedCopyPath(capture.captureId)}` : null,
    last_checked_at: capture.lastCheckedAt?.toISOString() ?? null,
    link_status: capture.linkStatus?.toLowerCase() ?? null,
  };
}
