import { getFormatter, getTranslations } from "next-intl/server";
import { timeZone } from "@/lib/calendar";
import type { CaptureSummary } from "@/lib/evidence/capture/data";
import { archivedCopyPath } from "@/lib/evidence/capture/json";

/**
 * Under an evidence link: when Uade captured it, the copy's SHA-256 (short; in full on hover and
 * in print), the archived copy, and a visible note when the original is gone or has changed.
 */
export async function EvidenceCapture({ capture }: { capture: CaptureSummary }) {
  const [t, format] = await Promise.all([getTranslations("evidenceCapture"), getFormatter()]);
  if (capture.status === "pending") return <p className="text-sm text-slate-600">{t("pending")}</p>;
  if (capture.status !== "captured" || !capture.captureId || !capture.capturedAt || !capture.sha256) {
    return <p className="text-sm text-slate-600">{t("notArchived")}</p>;
  }
  const date = format.dateTime(capture.capturedAt, { dateStyle: "long", timeZone: timeZone() });
  const href = archivedCopyPath(capture.captureId);
  const note =
    capture.linkStatus === "GONE"
      ? t("gone", { date })
      : capture.linkStatus === "CHANGED"
        ? t("changed", { date })
        : null;
  return (
    <div className="text-sm text-slate-700" data-testid="evidence-capture">
      {note ? (
        <p
          className="my-1 rounded border-l-4 border-amber-600 bg-amber-50 px-2 py-1 text-amber-950"
          role="note"
          data-testid="evidence-link-note"
        >
          {note}
        </p>
      ) : null}
      <p>
        <a href={href} className="underline underline-offset-4" data-testid="archived-copy-link">
          {t("archivedCopy")}
        </a>
        {" ("}
        <a href={`${href}?download`} className="underline underline-offset-4">
          {t("download")}
        </a>
        {") · "}
        <time dateTime={capture.capturedAt.toISOString()}>{t("capturedOn", { date })}</time>
        {" · "}
        {t("sha256")}{" "}
        <code
          className="break-all"
          title={t("sha256Hint", { sha256: capture.sha256 })}
          data-testid="evidence-sha256"
          data-sha256={capture.sha256}
        >
          <span className="print:hidden">{capture.sha256.slice(0, 12)}…</span>
          <span className="hidden print:inline">{capture.sha256}</span>
        </code>
      </p>
    </div>
  );
}
