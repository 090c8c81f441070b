import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { localeAlternates } from "@/i18n/alternates";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/locales";
import {
  getMechanism,
  getMechanismSummary,
  getRecommendationVocabulary,
  listRecommendations,
} from "@/lib/recommendations/data";
import { parseRecommendationFilters } from "@/lib/recommendations/filters";
import { mechanismName } from "@/lib/recommendations/vocabulary";
import { Pagination } from "@/components/commitments/pagination";
import { ListOfCycles } from "@/components/recommendations/list-of-cycles";
import { RecommendationListStatus } from "@/components/recommendations/list-status";
import { MechanismSummary } from "@/components/recommendations/mechanism-summary";
import { RecommendationList } from "@/components/recommendations/recommendation-list";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const mechanism = await getMechanism((await params).code);
  if (!mechanism) return {};
  const [t, locale] = await Promise.all([getTranslations("recommendations"), getLocale()]);
  return {
    title: t("mechanismTitle", { name: mechanismName(mechanism, locale as Locale) }),
    alternates: await localeAlternates(),
  };
}

/** "What the Committee against Torture asked, and where it stands": its cycles, summary and recommendations, a page at a time. */
export default async function MechanismPage({ params, searchParams }: Props) {
  const mechanism = await getMechanism((await params).code);
  if (!mechanism) notFound();
  const query = await searchParams;
  const { filters } = parseRecommendationFilters({
    mechanism: mechanism.code,
    cycle: query.cycle,
    page: query.page,
  });
  const [t, locale, summary, result, vocabulary] = await Promise.all([
    getTranslations("recommendations"),
    getLocale(),
    getMechanismSummary(mechanism.code, filters.cycle),
    listRecommendations(filters),
    getRecommendationVocabulary(),
  ]);
  const base = `/recommendations/mechanisms/${mechanism.code}`;
  const hrefFor = (page: number) => {
    const search = new URLSearchParams();
    if (filters.cycle) search.set("cycle", filters.cycle);
    if (page > 1) search.set("page", String(page));
    const text = search.toString();
    return text ? `${base}?${text}` : base;
  };
  const shadow = new URLSearchParams({ mechanism: mechanism.code, ...(filters.cycle ? { cycle: filters.cycle } : {}) });
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
      <ListOfCycles
        base={base}
        current={filters.cycle}
        cycles={vocabulary.cycles.filter((row) => row.mechanismCode === mechanism.code)}
        total={vocabulary.mechanisms.find((row) => row.code === mechanism.code)?.count ?? 0}
      />
      <MechanismSummary summary={summary} isUpr={mechanism.kind === "UPR"} />
      <p className="mt-4">
        <Link href={`/reports/shadow?${shadow.toString()}`} className="text-brand underline underline-offset-4">
          {t("shadowLink")}
        </Link>
      </p>
      <RecommendationListStatus status={{ ...result, page: filters.page }} hrefFor={hrefFor} />
      <RecommendationList items={result.items} />
      <Pagination page={filters.page} pageCount={result.pageCount} hrefFor={hrefFor} />
    </article>
  );
}
