import { Link } from "@/i18n/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/locales";
import { localizeCommitment, type TranslatableText } from "@/lib/commitments/localize";
import { CalendarDate } from "@/components/common/calendar-date";
import type { StatusFieldKey } from "@/lib/vocabulary";
import { UserText } from "@/components/common/user-text";

export type LatestChange = {
  id: string;
  field: StatusFieldKey;
  fromValue: string;
  toValue: string;
  effectiveOn: Date;
  commitment: TranslatableText & { slug: string };
};

/** The newest status changes, each with its date and a link to the commitment. */
export async function LatestChanges({ changes }: { changes: LatestChange[] }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  if (changes.length === 0) return <p className="text-slate-700">{t("overview.latestEmpty")}</p>;
  const label = (field: StatusFieldKey, value: string) =>
    field === "ASSESSMENT" ? t(`assessment.${value as "IMPLEMENTED"}`) : t(`officialClaim.${value as "ADOPTED"}`);
  return (
    <ol className="divide-y divide-slate-200 border-y border-slate-200">
      {changes.map((change) => (
        <li key={change.id} className="py-3">
          <p className="text-sm text-slate-600">
            <CalendarDate date={change.effectiveOn} />
          </p>
          <p>
            <Link
              href={`/commitments/${change.commitment.slug}`}
              className="font-medium text-brand underline-offset-4 hover:underline"
            >
              <UserText>{localizeCommitment(change.commitment, locale as Locale).title}</UserText>
            </Link>
          </p>
          <p className="text-sm">
            {t("overview.changeLine", {
              field: t(`statusField.${change.field}`),
              from: label(change.field, change.fromValue),
              to: label(change.field, change.toValue),
            })}
          </p>
        </li>
      ))}
    </ol>
  );
}
