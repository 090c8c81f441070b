import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { localeAlternates } from "@/i18n/alternates";
import { Link } from "@/i18n/navigation";
import { getRecommendationVocabulary, listRecommendations } from "@/lib/recommendations/data";
import { parseRecommendationFilters } from "@/lib/recommendations/filters";
import { readFacetCounts } from "@/lib/recommendations/list/facets/data";
import { Pagination } from "@/components/commitments/pagination";
import { RecommendationListStatus } from "@/components/recommendations/list-status";
import { RecommendationFiltersForm } from "@/components/recommendations/recommendation-filters";
import { RecommendationList } from "@/components/recommendations/recommendation-list";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("recommendations");
  return { title: t("title"), description: t("intro"), alternates: await localeAlternates() };
}

export default async function RecommendationsPage({ searchParams }: Props) {
  const { filters } = parseRecommendationFilters(await searchParams);
  const [t, format, vocabulary, result, counts] = await Promise.all([
    getTranslations("recommendations"),
    getFormatter(),
    getRecommendationVocabulary(),
    listRecommendations(filters),
    readFacetCounts(filters),
  ]);
  const query = (page: number) => {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries({
      mechanism: filters.mechanism,
      cycle: filters.cycle,
      response: filters.response,
      theme: filters.theme,
      sdg: filters.sdg,
      assessment: filters.assessment,
      q: filters.query,
    })) {
      if (value) params.set(name, value);
    }
    if (page > 1) params.set("page", String(page));
    const text = params.toString();
    return text ? `/recommendations?${text}` : "/recommendations";
  };
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-base text-slate-700 sm:text-lg">{t("intro")}</p>
      <nav aria-label={t("mechanismsHeading")} className="mt-4 text-sm">
        <h2 className="font-semibold">{t("mechanismsHeading")}</h2>
        <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {vocabulary.mechanisms.map((mechanism) => (
            <li key={mechanism.code}>
              <Link
                href={`/recommendations/mechanisms/${mechanism.code}`}
                className="inline-block py-1 text-brand underline underline-offset-4"
              >
                {t("optionCount", { label: mechanism.code, count: format.number(mechanism.count) })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <RecommendationFiltersForm filters={filters} vocabulary={vocabulary} counts={counts} />
      <RecommendationListStatus status={{ ...result, page: filters.page }} hrefFor={query} />
      <RecommendationList items={result.items} />
      <Pagination page={filters.page} pageCount={result.pageCount} hrefFor={query} />
    </>
  );
}
