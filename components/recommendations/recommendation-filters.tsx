import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/locales";
import { ASSESSMENTS } from "@/lib/vocabulary";
import type { RecommendationFilters } from "@/lib/recommendations/filters";
import type { RecommendationFacetCounts } from "@/lib/recommendations/list/facet-counts";
import { mechanismName, RESPONSES } from "@/lib/recommendations/vocabulary";
import { termName, type TermNames } from "@/lib/vocabularies/terms";

type Vocabulary = {
  mechanisms: { code: string; nameEn: string; nameRu: string; nameKk: string; count: number }[];
  sdgTargets: { code: string; count: number }[];
  cycles: { mechanismCode: string; cycle: string; count: number }[];
  themes: { theme: string; count: number; names: TermNames | null }[];
  responses: Record<string, number>;
};

/** How many filters narrow the list (the search words count as one). */
export function countActiveFilters(filters: RecommendationFilters): number {
  const { mechanism, cycle, response, theme, sdg, assessment, query } = filters;
  return [mechanism, cycle, response, theme, sdg, assessment, query].filter(Boolean).length;
}

const selectClass = "mt-1 block w-full max-w-xs rounded border border-slate-500 p-2";

/**
 * The GET form of /recommendations: works without JavaScript, every filter a plain select whose
 * values carry how many recommendations the list would hold with that value chosen and the other
 * filters kept (`counts`; a lower bound "n+" where more matched than were counted). On phones it folds behind one control that says
 * how many filters are in use (the house's collapsible-filters styles open it from 768 px).
 */
export async function RecommendationFiltersForm({
  filters,
  vocabulary,
  counts,
}: {
  filters: RecommendationFilters;
  vocabulary: Vocabulary;
  counts: RecommendationFacetCounts;
}) {
  const [t, root, locale, format] = await Promise.all([
    getTranslations("recommendations"),
    getTranslations(),
    getLocale(),
    getFormatter(),
  ]);
  const counted = (group: keyof RecommendationFacetCounts, value: string, label: string) => {
    const { counts: byValue, isAtLeast } = counts[group];
    const count = byValue[value] ?? 0;
    // A value not met among the rows counted may still match: no number rather than a wrong one.
    if (isAtLeast && count === 0) return label;
    return t(isAtLeast ? "optionCountAtLeast" : "optionCount", { label, count: format.number(count) });
  };
  // The chosen mechanism's cycles, or every mechanism's.
  const cycles = [
    ...new Set(
      vocabulary.cycles
        .filter(
          (row) =>
            row.cycle && (!filters.mechanism || row.mechanismCode === filters.mechanism || row.cycle === filters.cycle),
        )
        .map((row) => row.cycle),
    ),
  ].sort();
  return (
    <details className="collapsible-filters no-print mt-6" data-testid="recommendation-filter-toggle">
      <summary className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded border border-slate-500 bg-white px-4 py-2 font-medium">
        {t("filtersToggle", { count: countActiveFilters(filters) })}
      </summary>
      <div className="mt-3">
        <form
          method="get"
          className="grid gap-4 rounded border border-slate-300 p-4 sm:grid-cols-2 lg:grid-cols-3"
          data-testid="recommendation-filters"
        >
          <label className="block">
            <span className="font-medium">{t("filterMechanism")}</span>
            <select name="mechanism" defaultValue={filters.mechanism ?? ""} className={selectClass}>
              <option value="">{t("any")}</option>
              {vocabulary.mechanisms.map((mechanism) => (
                <option key={mechanism.code} value={mechanism.code}>
                  {counted(
                    "mechanism",
                    mechanism.code,
                    `${mechanism.code}: ${mechanismName(mechanism, locale as Locale)}`,
                  )}
                </option>
              ))}
            </select>
          </label>
          <label className="block">
            <span className="font-medium">{t("filterCycle")}</span>
            <select name="cycle" defaultValue={filters.cycle ?? ""} className={selectClass}>
              <option value="">{t("any")}</option>
              {cycles.map((cycle) => (
                <option key={cycle} value={cycle}>
                  {counted("cycle", cycle, cycle)}
                </option>
              ))}
            </select>
          </label>
          <label className="block">
            <span className="font-medium">{t("filterResponse")}</span>
            <select name="response" defaultValue={filters.response ?? ""} className={selectClass}>
              <option value="">{t("any")}</option>
              {RESPONSES.map((response) => (
                <option key={response} value={response}>
                  {counted("response", response, t(`response.${response}`))}
                </option>
              ))}
            </select>
          </label>
          <label className="block">
            <span className="font-medium">{t("filterTheme")}</span>
            <select name="theme" defaultValue={filters.theme ?? ""} className={selectClass}>
              <option value="">{t("any")}</option>
              {vocabulary.themes.map(({ theme, names }) => (
                <option key={theme} value={theme}>
                  {counted("theme", theme, names ? termName(names, locale as Locale) : theme)}
                </option>
              ))}
            </select>
          </label>
          <label className="block">
            <span className="font-medium">{t("filterSdg")}</span>
            <select name="sdg" defaultValue={filters.sdg ?? ""} className={selectClass}>
              <option value="">{t("any")}</option>
              {vocabulary.sdgTargets.map((target) => (
                <option key={target.code} value={target.code}>
                  {counted("sdg", target.code, target.code)}
                </option>
              ))}
            </select>
          </label>
          <label className="block">
            <span className="font-medium">{t("filterAssessment")}</span>
            <select name="assessment" defaultValue={filters.assessment ?? ""} className={selectClass}>
              <option value="">{t("any")}</option>
              {ASSESSMENTS.map((assessment) => (
                <option key={assessment} value={assessment}>
                  {root(`assessment.${assessment}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="block sm:col-span-2">
            <span className="font-medium">{t("filterQuery")}</span>
            <input
              type="search"
              name="q"
              defaultValue={filters.query}
              maxLength={200}
              className="mt-1 block w-full rounded border border-slate-500 p-2"
            />
          </label>
          <div className="flex items-end">
            <button type="submit" className="rounded bg-slate-900 px-4 py-2 font-medium text-white">
              {t("apply")}
            </button>
          </div>
        </form>
      </div>
    </details>
  );
}
