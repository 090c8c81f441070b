import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { localeAlternates } from "@/i18n/alternates";
import { Link } from "@/i18n/navigation";
import { getRecommendationVocabulary, listRecommendations } from "@/lib/recommendations/data";
import { parseRecommendationFilters, RECOMMENDATION_PAGE_SIZE } from "@/lib/recommendations/filters";
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
  const [t, pages, vocabulary, result] = await Promise.all([
    getTranslations("recommendations"),
    getTranslations("pagination"),
    getRecommendationVocabulary(),
    listRecommendations(filters),
  ]);
  const pageCount = Math.max(1, Math.ceil(result.total / RECOMMENDATION_PAGE_SIZE));
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
      <p className="mt-2 max-w-3xl text-lg text-slate-700">{t("intro")}</p>
      <nav aria-label={t("mechanismsHeading")} className="mt-4 text-sm">
        <h2 className="font-semibold">{t("mechanismsHeading")}</h2>
        <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {vocabulary.mechanisms.map((mechanism) => (
            <li key={mechanism.code}>
              <Link
                href={`/recommendations/mechanisms/${mechanism.code}`}
                className="text-brand underline underline-offset-4"
              >
                {mechanism.code}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <RecommendationFiltersForm filters={filters} vocabulary={vocabulary} />
      <p className="mt-6 font-medium" data-testid="recommendation-count">
        {t("count", { count: result.total })}
      </p>
      <RecommendationList items={result.items} />
      {pageCount > 1 ? (
        <nav aria-label={pages("label")} className="mt-6 flex gap-4">
          {filters.page > 1 ? (
            <Link href={query(filters.page - 1)} className="underline underline-offset-4">
              {pages("previous")}
            </Link>
          ) : null}
          <span>{pages("page", { page: filters.page })}</span>
          {filters.page < pageCount ? (
            <Link href={query(filters.page + 1)} className="underline underline-offset-4">
              {pages("next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
