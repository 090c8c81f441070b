import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { CHART_ORDER, stackSegments, totalOf, type AssessmentCounts } from "@/lib/charts/series";
import { ChartPatterns, segmentFill } from "./palette";
import { ChartTable } from "./chart-table";
import { Legend } from "./legend";

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
      <ChartTable caption={caption} labelHeader={labelHeader} rows={rows} />
    </figure>
  );
}
