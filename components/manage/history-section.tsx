import { getFormatter, getTranslations } from "next-intl/server";
import { formatZonedDateTime } from "@/components/common/zoned-time";
import { formatCalendarDay } from "@/components/common/calendar-date";
import { UserText } from "@/components/common/user-text";

export type HistoryItem = {
  id: string;
  field: "ASSESSMENT" | "OFFICIAL_CLAIM";
  fromValue: string;
  toValue: string;
  effectiveOn: Date;
  justification: string;
  recordedAt: Date;
  recordedBy: { name: string } | null;
  reasonCode: string;
  reviewedAt: Date | null;
  evidence: { evidence: { id: string; title: string; url: string } }[];
};

export type VerificationItem = { id: string; verifiedOn: Date; note: string; recordedBy: { name: string } | null };

/** The append-only history of status changes and checks, newest first. */
export async function HistorySection({
  statusChanges,
  verifications,
}: {
  statusChanges: readonly HistoryItem[];
  verifications: readonly VerificationItem[];
}) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const label = (field: HistoryItem["field"], value: string) => {
    const key = field === "ASSESSMENT" ? `assessment.${value}` : `officialClaim.${value}`;
    return t.has(key) ? t(key) : value;
  };
  return (
    <section aria-labelledby="history-heading" className="max-w-3xl">
      <h2 id="history-heading" className="text-2xl font-semibold">
        {t("manage.commitment.history")}
      </h2>
      {statusChanges.length === 0 ? <p className="mt-2 text-slate-700">{t("manage.commitment.noHistory")}</p> : null}
      <ol className="mt-3 space-y-3" data-testid="status-history">
        {statusChanges.map((change) => (
          <li key={change.id} className="rounded border border-slate-200 p-3">
            <p className="font-medium">
              {t("manage.commitment.historyEntry", {
                field: t(`statusField.${change.field}`),
                from: label(change.field, change.fromValue),
                to: label(change.field, change.toValue),
                date: formatCalendarDay(format, change.effectiveOn),
              })}
            </p>
            <p className="mt-1 whitespace-pre-line">
              <UserText>{change.justification}</UserText>
            </p>
            {change.evidence.length > 0 ? (
              <ul className="mt-1 list-disc pl-5 text-sm">
                {change.evidence.map(({ evidence }) => (
                  <li key={evidence.id}>
                    <a
                      href={evidence.url}
                      rel="noopener noreferrer nofollow"
                      target="_blank"
                      className="underline underline-offset-4"
                    >
                      {evidence.title}
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
            <p className="mt-1 text-sm">
              {t("integrity.reason")}:{" "}
              {t.has(`reasons.${change.reasonCode}`)
                ? t(`reasons.${change.reasonCode as "unspecified"}`)
                : change.reasonCode}
              {change.reviewedAt ? ` · ${t("integrity.reviewed")}` : null}
            </p>
            <p className="mt-1 text-sm text-slate-600">
              {t("manage.commitment.recordedBy", {
                name: change.recordedBy?.name ?? "—",
                date: formatZonedDateTime(format, change.recordedAt),
              })}
            </p>
          </li>
        ))}
      </ol>
      {verifications.length > 0 ? (
        <>
          <h3 className="mt-6 text-lg font-semibold">{t("manage.commitment.verifications")}</h3>
          <ul className="mt-2 space-y-2 text-sm">
            {verifications.map((verification) => (
              <li key={verification.id}>
                {t("manage.commitment.verifiedBy", {
                  date: formatCalendarDay(format, verification.verifiedOn),
                  name: verification.recordedBy?.name ?? "—",
                })}
                : {verification.note}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
