import { getLocale, getTranslations } from "next-intl/server";
import type { RecommendationPlan } from "@/lib/recommendations/import-plan";
import { stateName } from "@/lib/recommendations/import-states";
import { cellClass, headClass, ImportProblems, PREVIEW_ROWS } from "@/components/manage/import-problems";

/** Layout → message key: the preview names the export it recognised. */
const LAYOUT_KEYS = {
  uhri: "uhri",
  "uhri-json": "uhriJson",
  "upr-info": "uprInfo",
  "upr-info-classic": "uprInfoClassic",
  "thematic-list-2": "thematicList2",
  "thematic-list-3": "thematicList3",
  "thematic-list-4": "thematicList4",
} as const;

/** What a recommendations import would create, what it skips, and every problem by row and column. */
export async function RecommendationImportPreview({ plan }: { plan: RecommendationPlan }) {
  const [t, locale] = await Promise.all([getTranslations("recommendationsManage.import"), getLocale()]);
  const skippedStates = [...new Set(plan.skipped.map((row) => row.state))].slice(0, 10).join(", ");
  return (
    <div className="space-y-6">
      <p data-testid="import-layout">{t("layout", { layout: t(`layouts.${LAYOUT_KEYS[plan.layout]}`) })}</p>
      <p className="font-medium" data-testid="import-summary">
        {t("summary", { create: plan.creates.length, unchanged: plan.unchanged.length })}
      </p>
      {plan.assumedState ? (
        <p className="rounded border border-sky-700 bg-sky-50 p-3 text-sky-950" data-testid="import-assumed-state">
          {t("assumedState", { state: stateName(plan.assumedState, locale) })}
        </p>
      ) : null}
      {plan.skipped.length > 0 ? (
        <p className="text-sm text-slate-700" data-testid="import-skipped">
          {t("skipped", { count: plan.skipped.length, states: skippedStates })}
        </p>
      ) : null}
      {plan.newSdgTargets.length > 0 ? (
        <p className="text-sm text-slate-700" data-testid="import-new-sdg-targets">
          {t("newSdgTargets", {
            count: plan.newSdgTargets.length,
            targets: plan.newSdgTargets
              .map((target) => (target.title ? `${target.code} ${target.title}` : target.code))
              .join("; "),
          })}
        </p>
      ) : null}
      <ImportProblems errors={plan.errors} ignoredColumns={plan.ignoredColumns} missingColumns={plan.missingColumns} />
      {plan.creates.length > 0 ? (
        <div className="overflow-x-auto">
          <table className="min-w-full border-collapse text-sm" data-testid="import-operations">
            <thead>
              <tr>
                <th scope="col" className={headClass}>
                  {t("colRow")}
                </th>
                <th scope="col" className={headClass}>
                  {t("colMechanism")}
                </th>
                <th scope="col" className={headClass}>
                  {t("colSymbol")}
                </th>
                <th scope="col" className={headClass}>
                  {t("colText")}
                </th>
              </tr>
            </thead>
            <tbody>
              {plan.creates.slice(0, PREVIEW_ROWS).map((row) => (
                <tr key={row.rowNumber}>
                  <td className={cellClass}>{row.rowNumber}</td>
                  <td className={cellClass}>
                    {row.mechanismCode}
                    {row.cycle ? <span className="block text-slate-700">{row.cycle}</span> : null}
                  </td>
                  <td className={cellClass}>
                    <bdi>{[row.symbol, row.paragraph ? `¶${row.paragraph}` : ""].filter(Boolean).join(" ")}</bdi>
                    {row.recommendingState ? (
                      <span className="block text-slate-700">
                        {row.recommendingStateCodes.length > 0
                          ? row.recommendingStateCodes.map((code) => stateName(code, locale)).join("; ")
                          : row.recommendingState}
                      </span>
                    ) : null}
                  </td>
                  <td className={`${cellClass} whitespace-pre-line`}>
                    <bdi>{row.text.length > 400 ? `${row.text.slice(0, 400)}…` : row.text}</bdi>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
