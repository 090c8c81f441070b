import { getTranslations } from "next-intl/server";
import { getValidationMessages } from "@/lib/forms/server-messages";
import type { ImportPlan } from "@/lib/import/plan";

const PREVIEW_ROWS = 200;
const cellClass = "border border-slate-300 p-2 align-top";
const headClass = "border border-slate-300 bg-slate-100 p-2 text-left";

/** What an import would do: counts, every problem with row and column, and each planned change. */
export async function ImportPreview({ plan }: { plan: ImportPlan }) {
  const [t, words] = await Promise.all([getTranslations("manage.import"), getValidationMessages()]);
  const count = (type: "create" | "update" | "status") => plan.operations.filter((operation) => operation.type === type).length;
  return (
    <div className="space-y-6">
      <p className="font-medium" data-testid="import-summary">
        {t("summary", { create: count("create"), update: count("update"), status: count("status"), unchanged: plan.unchanged.length })}
      </p>
      {plan.ignoredColumns.length > 0 ? <p className="text-sm text-slate-700">{t("ignoredColumns", { columns: plan.ignoredColumns.join(", ") })}</p> : null}
      {plan.missingColumns.length > 0 ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-900">
          {t("missingColumns", { columns: plan.missingColumns.join(", ") })}
        </p>
      ) : null}
      {plan.errors.length > 0 ? (
        <section aria-labelledby="import-errors" className="rounded border border-red-700 bg-red-50 p-4">
          <h2 id="import-errors" className="text-lg font-semibold text-red-900">
            {t("errorCount", { count: plan.errors.length })}
          </h2>
          <p className="mt-1 text-red-900">{t("errorsIntro")}</p>
          <div className="mt-3 overflow-x-auto">
            <table className="min-w-full border-collapse bg-white text-sm" data-testid="import-errors">
              <thead>
                <tr>
                  <th scope="col" className={headClass}>{t("colRow")}</th>
                  <th scope="col" className={headClass}>{t("colColumn")}</th>
                  <th scope="col" className={headClass}>{t("colProblem")}</th>
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
          </div>
        </section>
      ) : null}
      {plan.operations.length > 0 ? (
        <div className="overflow-x-auto">
          {plan.operations.length > PREVIEW_ROWS ? <p className="mb-2 text-sm">{t("previewLimited", { shown: PREVIEW_ROWS, count: plan.operations.length })}</p> : null}
          <table className="min-w-full border-collapse text-sm" data-testid="import-operations">
            <thead>
              <tr>
                <th scope="col" className={headClass}>{t("colRow")}</th>
                <th scope="col" className={headClass}>{t("colCommitment")}</th>
                <th scope="col" className={headClass}>{t("colAction")}</th>
                <th scope="col" className={headClass}>{t("colChanges")}</th>
              </tr>
            </thead>
            <tbody>
              {plan.operations.slice(0, PREVIEW_ROWS).map((operation) => (
                <tr key={`${operation.rowNumber}-${operation.slug}`}>
                  <td className={cellClass}>{operation.rowNumber}</td>
                  <td className={cellClass}>{operation.slug}</td>
                  <td className={cellClass}>{t(operation.type === "create" ? "actionCreate" : operation.type === "update" ? "actionUpdate" : "actionStatus")}</td>
                  <td className={cellClass}>
                    {operation.type === "update" ? (
                      <ul>
                        {operation.changes.map((change) => (
                          <li key={change.field}>
                            <span className="font-medium">{change.field}</span>: {change.from || "∅"} → {change.to || "∅"}
                          </li>
                        ))}
                      </ul>
                    ) : operation.type === "status" ? (
                      <span>
                        <span className="font-medium">{operation.field}</span>: {operation.from} → {operation.to}
                      </span>
                    ) : (
                      operation.fields.title
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : plan.errors.length === 0 && plan.missingColumns.length === 0 ? (
        <p>{t("nothingToDo")}</p>
      ) : null}
    </div>
  );
}
