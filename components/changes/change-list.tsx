import { Link } from "@/i18n/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/locales";
import { localizeCommitment } from "@/lib/commitments/localize";
import { bodyName, type BodyNames } from "@/lib/bodies/names";
import type { TranslatableText } from "@/lib/commitments/localize";
import { isAssessment, isOfficialClaim, type CategoryKey } from "@/lib/vocabulary";
import { CalendarDate } from "@/components/common/calendar-date";
import { ExternalLink } from "@/components/commitments/external-link";
import { AssessmentBadge, ClaimBadge } from "@/components/commitments/status-badges";

export type ChangeListItem = {
  id: string;
  field: string;
  fromValue: string;
  toValue: string;
  effectiveOn: Date;
  justification: string;
  reasonCode: string;
  reviewedAt: Date | null;
  commitment: TranslatableText & { slug: string; category: string; body: BodyNames };
  evidence: { evidence: { id: string; url: string; title: string; publisher: string | null } }[];
};

/** Status changes with their commitment, from → to as badges, the justification and the evidence. */
export async function ChangeList({ changes }: { changes: ChangeListItem[] }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const badge = (field: string, value: string) => {
    if (field === "ASSESSMENT" && isAssessment(value)) return <AssessmentBadge value={value} />;
    if (field === "OFFICIAL_CLAIM" && isOfficialClaim(value)) return <ClaimBadge value={value} />;
    return <span>{value}</span>;
  };
  return (
    <ol className="divide-y divide-slate-200 border-y border-slate-200" data-testid="change-list">
      {changes.map((change) => {
        const text = localizeCommitment(change.commitment, locale as Locale);
        return (
          <li key={change.id} className="py-4" data-change={change.id}>
            <p className="text-sm text-slate-700">
              <CalendarDate date={change.effectiveOn} /> · {t(`category.${change.commitment.category as CategoryKey}`)}{" "}
              · {t("changes.responsible")}:{" "}
              <Link href={`/bodies/${change.commitment.body.key}`} className="underline underline-offset-4">
                {bodyName(change.commitment.body, locale as Locale)}
              </Link>
            </p>
            <h2 className="mt-1 text-lg font-semibold leading-snug">
              <Link
                href={`/commitments/${change.commitment.slug}`}
                lang={text.locale}
                className="text-brand underline-offset-4 hover:underline"
              >
                {text.title}
              </Link>
            </h2>
            <p className="mt-2 flex flex-wrap items-center gap-2">
              <span className="font-medium">{t(`statusField.${change.field}`)}:</span>
              {badge(change.field, change.fromValue)}
              <span aria-hidden="true">→</span>
              {badge(change.field, change.toValue)}
            </p>
            <p className="mt-2 text-sm">
              <span className="font-medium">{t("integrity.reason")}: </span>
              {t.has(`reasons.${change.reasonCode}`)
                ? t(`reasons.${change.reasonCode as "unspecified"}`)
                : change.reasonCode}
              {change.reviewedAt ? (
                <span className="font-medium text-emerald-900">{` · ${t("integrity.reviewed")}`}</span>
              ) : null}
            </p>
            <p className="mt-2">
              <span className="font-medium">{t("changes.justification")}: </span>
              {change.justification}
            </p>
            <div className="mt-1 text-sm">
              {change.evidence.length > 0 ? (
                <>
                  <span className="font-medium">{t("changes.evidence")}: </span>
                  <ul className="inline">
                    {change.evidence.map(({ evidence }, index) => (
                      <li key={evidence.id} className="inline">
                        {index > 0 ? "; " : null}
                        <ExternalLink href={evidence.url}>{evidence.title}</ExternalLink>
                        {evidence.publisher ? ` (${evidence.publisher})` : null}
                      </li>
                    ))}
                  </ul>
                </>
              ) : (
                <span className="text-slate-700">{t("changes.noEvidence")}</span>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
