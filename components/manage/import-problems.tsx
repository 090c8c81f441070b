import { getTranslations } from "next-intl/server";
import { getValidationMessages } from "@/lib/forms/server-messages";
import type { RowError } from "@/lib/import/plan";

// What both import previews (commitments and recommendations) show alike: the columns ignored or
// missing, and every problem by row and column. What each plans differs and stays in its own preview.

export const PREVIEW_ROWS = 200;
export const cellClass = "border border-slate-300 p-2 align-top";
export const headClass = "border border-slate-300 bg-slate-100 p-2 text-left";

type Props = { errors: RowError[]; ignoredColumns: string[]; missingColumns: string[] };

/** Ignored and missing columns, then the problems table (the first PREVIEW_ROWS), in the workspace's language. */
export async function ImportProblems({ errors, ignoredColumns, missingColumns }: Props) {
  const [t, words] = await Promise.all([getTranslations("manage.import"), getValidationMessages()]);
  return (
    <>
      {ignoredColumns.length > 0 ? (
        <p className="text-sm text-slate-700">{t("ignoredColumns", { columns: ignoredColumns.join(", ") })}</p>
      ) : null}
      {missingColumns.length > 0 ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-900">
          {t("missingColumns", { columns: missingColumns.join(", ") })}
        </p>
      ) : null}
      {errors.length > 0 ? (
        <section aria-labelledby="import-errors" className="rounded border border-red-700 bg-red-50 p-4">
          <h2 id="import-errors" className="text-lg font-semibold text-red-900">
            {t("errorCount", { count: errors.length })}
          </h2>
          <p className="mt-1 text-red-900">{t("errorsIntro")}</p>
          <div className="mt-3 overflow-x-auto">
            <table className="min-w-full border-collapse bg-white text-sm" data-testid="import-errors">
              <thead>
                <tr>
                  <th scope="col" className={headClass}>
                    {t("colRow")}
                  </th>
                  <th scope="col" className={headClass}>
                    {t("colColumn")}
                  </th>
                  <th scope="col" className={headClass}>
                    {t("colProblem")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {errors.slice(0, PREVIEW_ROWS).map((error, index) => (
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
    </>
  );
}
