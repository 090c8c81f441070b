import { getFormatter, getTranslations } from "next-intl/server";
import { CHART_ORDER, stackSegments, type SeriesPoint } from "@/lib/charts/series";
import { ChartPatterns, segmentFill } from "./palette";
import { ChartTable } from "./chart-table";
import { Legend } from "./legend";

const COLUMN = 10;
const GAP = 2;

/**
 * Progress over time: one stacked column per month (shares of that month's commitments), from the
 * append-only history. The SVG has no text, so it stays legible at any width; the months, a
 * summary sentence and a full table are HTML.
 */
export async function ProgressChart({ id, series, caption }: { id: string; series: SeriesPoint[]; caption: string }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const monthLabel = (point: SeriesPoint) =>
    format.dateTime(point.asOf, { month: "short", year: "numeric", timeZone: "UTC" });
  const first = series[0];
  const last = series.at(-1);
  if (!first || !last) return null;
  const assessed = (point: SeriesPoint) => point.total - point.counts.NOT_ASSESSED;
  const hasHistory = series.some((point) => assessed(point) > 0);
  const width = series.length * COLUMN;
  const used = CHART_ORDER.filter((key) => series.some((point) => point.counts[key] > 0));
  const summaryId = `${id}-summary`;
  return (
    <figure className="break-inside-avoid" data-chart={id}>
      <figcaption className="sr-only">{caption}</figcaption>
      <p id={summaryId} className="text-slate-800" data-testid={`${id}-summary`}>
        {hasHistory
          ? t("charts.progressSummary", {
              first: monthLabel(first),
              firstAssessed: assessed(first),
              firstTotal: first.total,
              firstImplemented: first.counts.IMPLEMENTED,
              last: monthLabel(last),
              lastAssessed: assessed(last),
              lastTotal: last.total,
              lastImplemented: last.counts.IMPLEMENTED,
            })
          : t("charts.progressEmpty")}
      </p>
      <svg
        viewBox={`0 0 ${width} 100`}
        preserveAspectRatio="none"
        className="mt-3 h-40 w-full border-b border-l border-slate-500"
        role="img"
        aria-labelledby={summaryId}
        focusable="false"
      >
        <ChartPatterns id={id} />
        {series.map((point, index) =>
          stackSegments(point.counts).map((segment) => (
            <rect
              key={`${point.month}-${segment.key}`}
              data-month={point.month}
              data-segment={segment.key}
              data-count={segment.count}
              x={index * COLUMN + GAP / 2}
              // Delivered at the bottom, Not yet assessed at the top.
              y={100 - segment.start - segment.size}
              width={COLUMN - GAP}
              height={segment.size}
              fill={segmentFill(id, segment.key)}
              stroke="#ffffff"
              strokeWidth="0.5"
              vectorEffect="non-scaling-stroke"
            />
          )),
        )}
      </svg>
      <div className="mt-1 flex justify-between text-xs text-slate-700" aria-hidden="true">
        <span>{monthLabel(first)}</span>
        {series.length > 2 ? <span>{monthLabel(series[Math.floor(series.length / 2)]!)}</span> : null}
        <span>{monthLabel(last)}</span>
      </div>
      <Legend id={id} keys={used} />
      <ChartTable
        caption={caption}
        labelHeader={t("charts.month")}
        rows={series.map((point) => ({
          key: point.month,
          month: point.month,
          label: monthLabel(point),
          counts: point.counts,
        }))}
      />
    </figure>
  );
}
