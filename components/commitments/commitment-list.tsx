import { Link } from "@/i18n/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/locales";
import { localizeCommitment, type TranslatableText } from "@/lib/commitments/localize";
import { NotTranslatedNote } from "./not-translated-note";
import type { AssessmentKey, CategoryKey, OfficialClaimKey } from "@/lib/vocabulary";
import { AssessmentBadge, ClaimBadge, OverdueBadge } from "./status-badges";
import { bodyName, type BodyNames } from "@/lib/bodies/names";
import { isOverdue } from "@/lib/calendar";
import { UserText } from "@/components/common/user-text";

export type CommitmentListItem = TranslatableText & {
  id: string;
  slug: string;
  category: string;
  body: BodyNames;
  officialClaim: OfficialClaimKey;
  assessment: AssessmentKey;
  targetDate: Date | null;
};

/** The public list of commitments: each with what the government says and what the evidence shows. */
export async function CommitmentList({ commitments, onDay }: { commitments: CommitmentListItem[]; onDay: Date }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  return (
    <ul className="divide-y divide-slate-200 border-y border-slate-200" data-testid="commitment-list">
      {commitments.map((commitment) => {
        const text = localizeCommitment(commitment, locale as Locale);
        return (
          <li key={commitment.id} className="py-4" data-slug={commitment.slug}>
            <article className="grid gap-3 md:grid-cols-[1fr_auto]">
              <div>
                <h2 className="text-lg font-semibold leading-snug">
                  <Link
                    href={`/commitments/${commitment.slug}`}
                    lang={text.locale}
                    className="text-brand underline-offset-4 hover:underline"
                  >
                    <UserText>{text.title}</UserText>
                  </Link>
                  {text.isFallback ? <NotTranslatedNote shown={text.locale} /> : null}
                </h2>
                <p className="mt-1 text-slate-700" lang={text.locale}>
                  {text.summary}
                </p>
                <p className="mt-1 text-sm text-slate-600">
                  {t(`category.${commitment.category as CategoryKey}`)} · {t("commitment.responsible")}:{" "}
                  <Link href={`/bodies/${commitment.body.key}`} className="underline underline-offset-4">
                    {bodyName(commitment.body, locale as Locale)}
                  </Link>
                </p>
              </div>
              <dl className="grid grid-cols-[auto_1fr] items-center gap-x-3 gap-y-1 text-sm md:min-w-64">
                <dt className="text-slate-600">{t("commitment.claimHeading")}</dt>
                <dd>
                  <ClaimBadge value={commitment.officialClaim} />
                </dd>
                <dt className="text-slate-600">{t("commitment.assessmentHeading")}</dt>
                <dd className="flex flex-wrap gap-1">
                  <AssessmentBadge value={commitment.assessment} />
                  {isOverdue(commitment, onDay) ? <OverdueBadge /> : null}
                </dd>
              </dl>
            </article>
          </li>
        );
      })}
    </ul>
  );
}
