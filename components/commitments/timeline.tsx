import { getTranslations } from "next-intl/server";
import { CalendarDate } from "@/components/common/calendar-date";
import type { StatusFieldKey } from "@/lib/vocabulary";
import { ExternalLink } from "./external-link";
import { UserText } from "@/components/common/user-text";

export type TimelineEntry = {
  id: string;
  field: StatusFieldKey;
  fromValue: string;
  toValue: string;
  effectiveOn: Date;
  justification: string;
  reasonCode: string;
  /** Set when a second editor approved the change (four-eyes review). */
  reviewedAt: Date | null;
  evidence: { evidence: { id: string; url: string; title: string; publisher: string | null } }[];
};

/** The history of a commitment's statuses, newest first: date, from → to, why, and the evidence. */
export async function Timeline({ entries }: { entries: TimelineEntry[] }) {
  const t = await getTranslations();
  if (entries.length === 0) return <p className="text-slate-700">{t("commitment.timelineEmpty")}</p>;
  const label = (field: StatusFieldKey, value: string) =>
    field === "ASSESSMENT" ? t(`assessment.${value as "IMPLEMENTED"}`) : t(`officialClaim.${value as "ADOPTED"}`);
  return (
    <ol className="space-y-4 border-l-2 border-slate-300 pl-4" data-testid="timeline">
      {entries.map((entry) => (
        <li key={entry.id}>
          <p className="text-sm text-slate-600">
            <CalendarDate date={entry.effectiveOn} />
          </p>
          <p className="font-medium">
            {t("overview.changeLine", {
              field: t(`statusField.${entry.field}`),
              from: label(entry.field, entry.fromValue),
              to: label(entry.field, entry.toValue),
            })}
          </p>
          <p className="mt-1 text-sm">
            <span className="font-medium">{t("integrity.reason")}: </span>
            <span data-testid="change-reason">
              {t.has(`reasons.${entry.reasonCode}`)
                ? t(`reasons.${entry.reasonCode as "unspecified"}`)
                : entry.reasonCode}
            </span>
            {entry.reviewedAt ? (
              <>
                {" · "}
                <span
                  className="font-medium text-emerald-900"
                  data-testid="reviewed-mark"
                  title={t("integrity.reviewedHint")}
                >
                  {t("integrity.reviewed")}
                </span>
              </>
            ) : null}
          </p>
          <p className="mt-1">
            <span className="font-medium">{t("commitment.justification")}: </span>
            <UserText>{entry.justification}</UserText>
          </p>
          {entry.evidence.length > 0 ? (
            <div className="mt-1 text-sm">
              <span className="font-medium">{t("commitment.evidenceForChange")}: </span>
              <ul className="inline">
                {entry.evidence.map(({ evidence }, index) => (
                  <li key={evidence.id} className="inline">
                    {index > 0 ? "; " : null}
                    <ExternalLink href={evidence.url}>
                      <UserText>{evidence.title}</UserText>
                    </ExternalLink>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
