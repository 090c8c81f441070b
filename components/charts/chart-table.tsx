import { getTranslations } from "next-intl/server";
import { ScrollHint } from "@/components/layout/scroll-hint";
import { ASSESSMENTS } from "@/lib/vocabulary";
import { totalOf, type AssessmentCounts } from "@/lib/charts/series";

export type ChartTableRow = {
  key: string;
  label: string;
  counts: AssessmentCounts;
  /** Set on month rows, so tests and readers can find a month's numbers (`tr[data-month]`). */
  month?: string;
};

/**
 * Every chart's numbers as a table behind "show the numbers": one row per bar or month, one
 * column per assessment and a total, so no reading of a chart depends on its colours.
 */
export async function ChartTable({
  caption,
  labelHeader,
  rows,
}: {
  caption: string;
  labelHeader: string;
  rows: ChartTableRow[];
}) {
  const t = await getTranslations();
  return (
    <details className="mt-3 text-sm">
      <summary className="cursor-pointer text-brand underline underline-offset-4">{t("charts.showTable")}</summary>
      <div className="mt-2">
        <ScrollHint />
      </div>
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
        <table className="min-w-full border-collapse">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="border border-slate-300 bg-slate-100 p-1.5 text-left">
                {labelHeader}
              </th>
              {ASSESSMENTS.map((key) => (
                <th key={key} scope="col" className="border border-slate-300 bg-slate-100 p-1.5 text-left font-medium">
                  {t(`assessment.${key}`)}
                </th>
              ))}
              <th scope="col" className="border border-slate-300 bg-slate-100 p-1.5 text-left">
                {t("charts.totalHeader")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} data-month={row.month}>
                <th
                  scope="row"
                  className={`border border-slate-300 p-1.5 text-left font-medium ${row.month ? "whitespace-nowrap" : ""}`}
                >
                  {row.label}
                </th>
                {ASSESSMENTS.map((key) => (
                  <td key={key} className="border border-slate-300 p-1.5 text-right tabular-nums">
                    {row.counts[key]}
                  </td>
                ))}
                <td className="border border-slate-300 p-1.5 text-right font-semibold tabular-nums">
                  {totalOf(row.counts)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
