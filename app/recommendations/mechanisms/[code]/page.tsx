import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { localeAlternates } from "@/i18n/alternates";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/locales";
import { getMechanism, getMechanismSummary, listRecommendations } from "@/lib/recommendations/data";
import { parseRecommendationFilters } from "@/lib/recommendations/filters";
import { mechanismName } from "@/lib/recommendations/vocabulary";
import { MechanismSummary } from "@/components/recommendations/mechanism-summary";
import { RecommendationList } from "@/components/recommendations/recommendation-list";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const mechanism = await getMechanism((await params).code);
  if (!mechanism) return {};
  const [t, locale] = await Promise.all([getTranslations("recommendations"), getLocale()]);
  return {
    title: t("mechanismTitle", { name: mechanismName(mechanism, locale as Locale) }),
    alternates: await localeAlternates(),
  };
}

/** "What the Committee against Torture asked, and where it stands." */
export default async function MechanismPage({ params }: Props) {
  const mechanism = await getMechanism((await params).code);
  if (!mechanism) notFound();
  const { filters } = parseRecommendationFilters({ mechanism: mechanism.code });
  const [t, locale, summary, result] = await Promise.all([
    getTranslations("recommendations"),
    getLocale(),
    getMechanismSummary(mechanism.code, null),
    listRecommendations(filters, 200),
  ]);
  return (
    <article>
      <nav aria-label={t("breadcrumb")} className="no-print text-sm">
        <Link href="/recommendations" className="text-brand underline underline-offset-4">
          {t("breadcrumb")}
        </Link>
      </nav>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">
        {t("mechanismTitle", { name: mechanismName(mechanism, locale as Locale) })}
      </h1>
      <p className="mt-2 max-w-3xl text-lg text-slate-700">{t("mechanismIntro")}</p>
      <MechanismSummary summary={summary} isUpr={mechanism.kind === "UPR"} />
      <p className="mt-4">
        <Link href={`/reports/shadow?mechanism=${mechanism.code}`} className="text-brand underline underline-offset-4">
          {t("shadowLink")}
        </Link>
      </p>
      <p className="mt-6 font-medium" data-testid="recommendation-count">
        {t("count", { count: result.total })}
      </p>
      <RecommendationList items={result.items} />
    </article>
  );
}
