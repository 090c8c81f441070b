import { ScrollHint } from "@/components/layout/scroll-hint";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { ASSESSMENTS } from "@/lib/vocabulary";
import { CHART_ORDER, stackSegments, totalOf, type AssessmentCounts } from "@/lib/charts/series";
import { ChartPatterns, Swatch, segmentFill } from "./palette";

export type BarRow = { key: string; label: string; href?: string; counts: AssessmentCounts };

/**
 * Horizontal stacked bars of assessments, one per row (theme, body, …). The bars are SVG without
 * text (they stretch to any width, 360 px included); labels and numbers are HTML beside them, each
 * row has its numbers in words for screen readers, and the whole chart is also a table.
 */
export async function StackedBars({
  id,
  caption,
  rows,
  labelHeader,
}: {
  id: string;
  caption: string;
  rows: BarRow[];
  labelHeader: string;
}) {
  const t = await getTranslations();
  const scale = Math.max(1, ...rows.map((row) => totalOf(row.counts)));
  const used = CHART_ORDER.filter((key) => rows.some((row) => row.counts[key] > 0));
  return (
    <figure className="break-inside-avoid" data-chart={id}>
      <figcaption className="sr-only">{caption}</figcaption>
      <ul className="space-y-2">
        {rows.map((row) => {
          const total = totalOf(row.counts);
          const segments = stackSegments(row.counts, scale);
          const words = segments
            .map((segment) => t("charts.segment", { label: t(`assessment.${segment.key}`), count: segment.count }))
            .join(", ");
          return (
            <li key={row.key} data-row={row.key} data-total={total}>
              <p className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm">
                {row.href ? (
                  <Link href={row.href} className="font-medium text-brand underline-offset-4 hover:underline">
                    {row.label}
                  </Link>
                ) : (
                  <span className="font-medium">{row.label}</span>
                )}
                <span className="tabular-nums text-slate-700">{t("charts.total", { count: total })}</span>
              </p>
              <svg
                viewBox="0 0 100 6"
                preserveAspectRatio="none"
                className="mt-1 h-4 w-full"
                aria-hidden="true"
                focusable="false"
              >
                <ChartPatterns id={`${id}-${row.key}`} />
                <rect x="0" y="0" width="100" height="6" fill="#f8fafc" />
                {segments.map((segment) => (
                  <rect
                    key={segment.key}
                    data-segment={segment.key}
                    data-count={segment.count}
                    x={segment.start}
                    y="0"
                    width={segment.size}
                    height="6"
                    fill={segmentFill(`${id}-${row.key}`, segment.key)}
                    stroke="#ffffff"
                    strokeWidth="0.4"
                    vectorEffect="non-scaling-stroke"
                  />
                ))}
              </svg>
              <p className="sr-only">{words}</p>
            </li>
          );
        })}
      </ul>
      <Legend id={id} keys={used} />
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
                  <th
                    key={key}
                    scope="col"
                    className="border border-slate-300 bg-slate-100 p-1.5 text-left font-medium"
                  >
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
                <tr key={row.key}>
                  <th scope="row" className="border border-slate-300 p-1.5 text-left font-medium">
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
    </figure>
  );
}

/** The colour key of a chart, in words. */
export async function Legend({ id, keys }: { id: string; keys: readonly (typeof CHART_ORDER)[number][] }) {
  const t = await getTranslations();
  if (keys.length === 0) return null;
  return (
    <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label={t("charts.legend")}>
      {keys.map((key) => (
        <li key={key} className="flex items-center gap-1.5">
          <Swatch id={`${id}-legend`} assessment={key} />
          {t(`assessment.${key}`)}
        </li>
      ))}
    </ul>
  );
}
