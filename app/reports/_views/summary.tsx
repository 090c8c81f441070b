import { getFormatter, getTranslations } from "next-intl/server";
import { formatCalendarDay } from "@/components/common/calendar-date";
import { formatCalendarDate, today } from "@/lib/calendar";
import { getSummary } from "@/lib/reports/data";
import { totalsOf } from "@/lib/reports/tally";
import { readDateParam } from "@/lib/reports/schema";
import { ASSESSMENTS, type CategoryKey, type OfficialClaimKey } from "@/lib/vocabulary";
import { type ReportViewProps, reportBasePath } from "./view-props";
import { DateField, ReportShell } from "@/components/reports/report-shell";
import { PreviewTable } from "@/components/reports/preview-table";

export async function SummaryReport({ params, scope }: ReportViewProps) {
  const basePath = reportBasePath(scope);
  const { date, error } = readDateParam(params, "date", today());
  const [t, format, summary] = await Promise.all([getTranslations(), getFormatter(), getSummary(date, scope)]);
  const day = formatCalendarDate(date);
  const headers = (first: string) => [first, ...ASSESSMENTS.map((a) => t(`assessment.${a}`)), t("reports.colTotal")];
  const cells = (counts: Record<string, number>) => [
    ...ASSESSMENTS.map((a) => String(counts[a] ?? 0)),
    String(Object.values(counts).reduce((s, n) => s + n, 0)),
  ];
  const totalsRow = (counts: Record<string, number>) => [t("reader.totalsRow"), ...cells(counts)];
  return (
    <ReportShell
      basePath={basePath}
      title={t("reports.summaryTitle")}
      description={t("reports.summaryDescription")}
      action={`${basePath}/summary`}
      fields={<DateField name="date" label={t("reports.date")} value={day} />}
      errors={error ? [error] : []}
      csvHref={`${basePath}/summary.csv?date=${day}`}
      summary={
        <p data-testid="report-count">
          {t("reports.summaryTotal", { count: summary.total, date: formatCalendarDay(format, date) })}
        </p>
      }
    >
      <h2 className="text-xl font-semibold">{t("reports.summaryByCategory")}</h2>
      <div className="mt-2">
        <PreviewTable
          caption={t("reports.summaryByCategory")}
          headers={headers(t("reports.colTheme"))}
          rows={summary.byCategory.map((row) => [t(`category.${row.key as CategoryKey}`), ...cells(row.counts)])}
          footer={totalsRow(summary.totals)}
        />
      </div>
      <h2 className="mt-8 text-xl font-semibold">{t("reports.summaryByClaim")}</h2>
      <div className="mt-2">
        <PreviewTable
          caption={t("reports.summaryByClaim")}
          headers={headers(t("reports.colClaim"))}
          rows={summary.byClaim.map((row) => [t(`officialClaim.${row.key as OfficialClaimKey}`), ...cells(row.counts)])}
          footer={totalsRow(summary.totals)}
        />
      </div>
      <h2 className="mt-8 text-xl font-semibold">{t("integrity.summaryByReason")}</h2>
      <p className="mt-1 text-slate-700">{t("integrity.summaryByReasonIntro")}</p>
      <div className="mt-2" data-testid="summary-by-reason">
        <PreviewTable
          caption={t("integrity.summaryByReason")}
          headers={headers(t("integrity.colReason"))}
          rows={summary.byReason.map((row) => [
            t.has(`reasons.${row.key}`) ? t(`reasons.${row.key as "unspecified"}`) : row.key,
            ...cells(row.counts),
          ])}
          footer={totalsRow(totalsOf(summary.byReason))}
        />
      </div>
    </ReportShell>
  );
}
