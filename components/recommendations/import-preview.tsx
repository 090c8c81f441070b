import { getTranslations } from "next-intl/server";
import { getValidationMessages } from "@/lib/forms/server-messages";
import type { RecommendationPlan } from "@/lib/recommendations/import-plan";

const PREVIEW_ROWS = 200;
const cellClass = "border border-slate-300 p-2 align-top";
const headClass = "border border-slate-300 bg-slate-100 p-2 text-left";

/** What a recommendations import would create, and every problem by row and column. */
export async function RecommendationImportPreview({ plan }: { plan: RecommendationPlan }) {
  const [t, manage, words] = await Promise.all([
    getTranslations("recommendationsManage.import"),
    getTranslations("manage.import"),
    getValidationMessages(),
  ]);
  return (
    <div className="space-y-6">
      <p className="font-medium" data-testid="import-summary">
        {t("summary", { create: plan.creates.length, unchanged: plan.unchanged.length, layout: plan.layout })}
      </p>
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
      {plan.ignoredColumns.length > 0 ? (
        <p className="text-sm text-slate-700">
          {manage("ignoredColumns", { columns: plan.ignoredColumns.join(", ") })}
        </p>
      ) : null}
      {plan.missingColumns.length > 0 ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-900">
          {manage("missingColumns", { columns: plan.missingColumns.join(", ") })}
        </p>
      ) : null}
      {plan.errors.length > 0 ? (
        <section aria-labelledby="import-errors" className="rounded border border-red-700 bg-red-50 p-4">
          <h2 id="import-errors" className="text-lg font-semibold text-red-900">
            {manage("errorCount", { count: plan.errors.length })}
          </h2>
          <p className="mt-1 text-red-900">{manage("errorsIntro")}</p>
          <table className="mt-3 min-w-full border-collapse bg-white text-sm" data-testid="import-errors">
            <thead>
              <tr>
                <th scope="col" className={headClass}>
                  {manage("colRow")}
                </th>
                <th scope="col" className={headClass}>
                  {manage("colColumn")}
                </th>
                <th scope="col" className={headClass}>
                  {manage("colProblem")}
                </th>
              </tr>
            </thead>
            <tbody>
              {plan.errors.slice(0, PREVIEW_ROWS).map((error, index) => (
                <tr key={index}>
                  <td className={cellClass}>{error.rowNumber}</td>
                  <td className={cellClass}>{error.column}</td>
                  <td className={cellClass}>{words(error.message)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      {plan.creates.length > 0 ? (
        <table className="min-w-full border-collapse text-sm" data-testid="import-operations">
          <thead>
            <tr>
              <th scope="col" className={headClass}>
                {manage("colRow")}
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
                <td className={cellClass}>{row.mechanismCode}</td>
                <td className={cellClass}>
                  <bdi>{`${row.symbol} ¶${row.paragraph}`}</bdi>
                  {row.recommendingState ? <span className="block text-slate-700">{row.recommendingState}</span> : null}
                </td>
                <td className={`${cellClass} whitespace-pre-line`}>
                  <bdi>{row.text.length > 400 ? `${row.text.slice(0, 400)}…` : row.text}</bdi>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
