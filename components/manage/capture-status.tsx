import { getFormatter, getTranslations } from "next-intl/server";
import { timeZone } from "@/lib/calendar";
import type { CaptureSummary } from "@/lib/evidence/capture/data";
import { archivedCopyPath } from "@/lib/evidence/capture/json";

/** An evidence link's capture and watch, for editors: the copy, or why there is none. */
export async function CaptureStatus({ capture }: { capture: CaptureSummary }) {
  const [t, format] = await Promise.all([getTranslations("manage.evidenceCapture"), getFormatter()]);
  if (capture.status === "pending")
    return (
      <p className="text-sm text-slate-600" data-testid="capture-status">
        {t("pending")}
      </p>
    );
  if (capture.status !== "captured" || !capture.captureId || !capture.capturedAt || !capture.sha256) {
    const reason =
      capture.reason && t.has(`reasons.${capture.reason}`)
        ? t(`reasons.${capture.reason}`, { status: String(capture.httpStatus ?? "?") })
        : null;
    return (
      <p className="text-sm text-red-800" data-testid="capture-status">
        {t(capture.status === "refused" ? "refused" : "failed")} {reason}
      </p>
    );
  }
  const date = format.dateTime(capture.capturedAt, { dateStyle: "long", timeStyle: "short", timeZone: timeZone() });
  return (
    <div className="text-sm text-slate-700" data-testid="capture-status">
      {capture.linkStatus === "GONE" || capture.linkStatus === "CHANGED" ? (
        <p className="font-medium text-amber-900">{t(capture.linkStatus === "GONE" ? "gone" : "changed")}</p>
      ) : null}
      <p>
        <span title={capture.sha256}>{t("captured", { date, sha256: `${capture.sha256.slice(0, 12)}…` })}</span>
        {" · "}
        <a href={archivedCopyPath(capture.captureId)} className="underline underline-offset-4">
          {t("archivedCopy")}
        </a>
      </p>
    </div>
  );
}
