import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/locales";
import { ASSESSMENTS } from "@/lib/vocabulary";
import type { RecommendationFilters } from "@/lib/recommendations/filters";
import { mechanismName, RESPONSES } from "@/lib/recommendations/vocabulary";

type Vocabulary = {
  mechanisms: { code: string; nameEn: string; nameRu: string; nameKk: string }[];
  sdgTargets: { code: string }[];
  cycles: { mechanismCode: string; cycle: string }[];
  themes: string[];
};

const selectClass = "mt-1 block w-full max-w-xs rounded border border-slate-500 p-2";

/** The GET form of /recommendations: works without JavaScript, every filter a plain select. */
export async function RecommendationFiltersForm({
  filters,
  vocabulary,
}: {
  filters: RecommendationFilters;
  vocabulary: Vocabulary;
}) {
  const [t, root, locale] = await Promise.all([getTranslations("recommendations"), getTranslations(), getLocale()]);
  const cycles = [...new Set(vocabulary.cycles.map((row) => row.cycle).filter(Boolean))].sort();
  return (
    <form
      method="get"
      className="mt-6 grid gap-4 rounded border border-slate-300 p-4 sm:grid-cols-2 lg:grid-cols-3"
      data-testid="recommendation-filters"
    >
      <label className="block">
        <span className="font-medium">{t("filterMechanism")}</span>
        <select name="mechanism" defaultValue={filters.mechanism ?? ""} className={selectClass}>
          <option value="">{t("any")}</option>
          {vocabulary.mechanisms.map((mechanism) => (
            <option key={mechanism.code} value={mechanism.code}>
              {`${mechanism.code}: ${mechanismName(mechanism, locale as Locale)}`}
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
              {cycle}
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
              {t(`response.${response}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="block">
        <span className="font-medium">{t("filterTheme")}</span>
        <select name="theme" defaultValue={filters.theme ?? ""} className={selectClass}>
          <option value="">{t("any")}</option>
          {vocabulary.themes.map((theme) => (
            <option key={theme} value={theme}>
              {theme}
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
              {target.code}
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
  );
}
