import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { localeAlternates } from "@/i18n/alternates";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/locales";
import { recommendingStatesIn } from "@/lib/recommendations/import-states";
import { localizeCommitment } from "@/lib/commitments/localize";
import { getRecommendation } from "@/lib/recommendations/data";
import { mechanismName, sdgTitle } from "@/lib/recommendations/vocabulary";
import { readTermDictionary } from "@/lib/vocabularies/data";
import { splitAffectedGroups, translateTerm } from "@/lib/vocabularies/terms";
import { CalendarDate } from "@/components/common/calendar-date";
import { UserText } from "@/components/common/user-text";
import { ExternalLink } from "@/components/commitments/external-link";
import { RecommendationText } from "@/components/recommendations/recommendation-text";
import { MadeAgain } from "@/components/linking/made-again";
import { getSameMatter } from "@/lib/linking/data";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const recommendation = await getRecommendation((await params).id);
  if (!recommendation) return {};
  const t = await getTranslations("recommendations");
  return {
    title: t("detailTitle", { symbol: recommendation.symbol, paragraph: recommendation.paragraph }),
    alternates: await localeAlternates(),
  };
}

export default async function RecommendationPage({ params }: Props) {
  const recommendation = await getRecommendation((await params).id);
  if (!recommendation) notFound();
  const [t, root, locale, terms, sameMatter] = await Promise.all([
    getTranslations("recommendations"),
    getTranslations(),
    getLocale(),
    readTermDictionary(),
    getSameMatter(recommendation.id, recommendation.issuedOn),
  ]);
  // Themes and groups as the UN's files name them, shown in the reader's language where translated.
  const themes = recommendation.themes.map((item) => translateTerm(terms, "THEME", item.theme, locale as Locale));
  const groups = splitAffectedGroups(recommendation.affectedGroups).map((name) =>
    translateTerm(terms, "AFFECTED_GROUP", name, locale as Locale),
  );
  // Labels small, grey and set apart; values in body text: on a phone, where the two stack, each
  // label starts a new group instead of reading as one more line of the value.
  const term = "mt-3 text-sm font-semibold tracking-wide text-slate-600 first:mt-0 sm:mt-0 sm:pt-0.5";
  return (
    <article>
      <nav aria-label={root("commitment.breadcrumb")} className="no-print text-sm">
        <Link href="/recommendations" className="text-brand underline underline-offset-4">
          {t("breadcrumb")}
        </Link>
      </nav>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">
        {t("detailTitle", { symbol: recommendation.symbol, paragraph: recommendation.paragraph })}
      </h1>
      <div className="mt-4 max-w-3xl text-lg">
        <RecommendationText recommendation={recommendation} showOriginal />
      </div>
      <dl
        className="mt-6 grid max-w-3xl grid-cols-1 gap-x-6 gap-y-1 rounded border border-slate-200 p-4 sm:grid-cols-[max-content_1fr] sm:gap-y-3"
        data-testid="recommendation-fields"
      >
        <dt className={term}>{t("fieldMechanism")}</dt>
        <dd>
          <Link
            href={`/recommendations/mechanisms/${recommendation.mechanism.code}`}
            className="inline-flex min-h-6 items-center text-brand underline underline-offset-4"
            data-testid="recommendation-mechanism-link"
          >
            {mechanismName(recommendation.mechanism, locale as Locale)}
          </Link>
        </dd>
        {recommendation.cycle ? (
          <>
            <dt className={term}>{t("fieldCycle")}</dt>
            <dd>
              <UserText>{recommendation.cycle}</UserText>
            </dd>
          </>
        ) : null}
        {recommendation.issuedOn ? (
          <>
            <dt className={term}>{t("fieldDate")}</dt>
            <dd>
              <CalendarDate date={recommendation.issuedOn} />
            </dd>
          </>
        ) : null}
        {recommendation.recommendingState ? (
          <>
            <dt className={term}>{t("fieldState")}</dt>
            <dd>
              <UserText>
                {recommendingStatesIn(locale, recommendation.recommendingStateCodes, recommendation.recommendingState)}
              </UserText>
            </dd>
          </>
        ) : null}
        <dt className={term}>{t("fieldResponse")}</dt>
        <dd data-testid="recommendation-response">{t(`response.${recommendation.response as "NONE"}`)}</dd>
        {themes.length > 0 ? (
          <>
            <dt className={term}>{t("fieldThemes")}</dt>
            <dd data-testid="recommendation-themes">
              <UserText>{themes.join("; ")}</UserText>
            </dd>
          </>
        ) : null}
        {groups.length > 0 ? (
          <>
            <dt className={term}>{t("fieldGroups")}</dt>
            <dd data-testid="recommendation-groups">
              <UserText>{groups.join("; ")}</UserText>
            </dd>
          </>
        ) : null}
        {recommendation.sdgTargets.length > 0 ? (
          <>
            <dt className={term}>{t("fieldSdg")}</dt>
            <dd>
              <ul>
                {recommendation.sdgTargets.map(({ target }) => (
                  <li key={target.code}>
                    <Link
                      href={`/recommendations?sdg=${encodeURIComponent(target.code)}`}
                      className="text-brand underline underline-offset-4"
                    >
                      {target.code}
                    </Link>
                    {": "}
                    {sdgTitle(target, locale as Locale)}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {recommendation.sourceUrl ? (
          <>
            <dt className={term}>{t("fieldSource")}</dt>
            <dd className="break-all">
              <ExternalLink href={recommendation.sourceUrl}>{recommendation.symbol}</ExternalLink>
            </dd>
          </>
        ) : null}
      </dl>
      <section aria-labelledby="linked-heading" className="mt-8">
        <h2 id="linked-heading" className="text-2xl font-semibold">
          {t("linkedHeading")}
        </h2>
        {recommendation.commitments.length === 0 ? (
          <p className="mt-2">{t("noLinked")}</p>
        ) : (
          <ul className="mt-2 space-y-2" data-testid="linked-commitments">
            {recommendation.commitments.map(({ commitment }) => (
              <li key={commitment.id}>
                <Link href={`/commitments/${commitment.slug}`} className="text-brand underline underline-offset-4">
                  <UserText>{localizeCommitment(commitment, locale as Locale).title}</UserText>
                </Link>
                {" — "}
                <span>{`${root("commitment.claimHeading")}: ${root(`officialClaim.${commitment.officialClaim}`)}; ${root("commitment.assessmentHeading")}: ${root(`assessment.${commitment.assessment}`)}`}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <MadeAgain {...sameMatter} />
    </article>
  );
}
