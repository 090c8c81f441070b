import { Link } from "@/i18n/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/locales";
import { localizeCommitment } from "@/lib/commitments/localize";
import { iterateSnapshot } from "@/lib/reports/data";
import { collectPreview } from "@/lib/reports/preview";
import { readDateParam } from "@/lib/reports/schema";
import { formatCalendarDate, isOverdue, today } from "@/lib/calendar";
import { type ReportViewProps, commitmentHref, reportBasePath } from "./view-props";
import { DateField, ReportShell } from "@/components/reports/report-shell";
import { PreviewTable } from "@/components/reports/preview-table";
import { ReportCount } from "@/components/reports/report-count";

export async function SnapshotReport({ params, scope }: ReportViewProps) {
  const basePath = reportBasePath(scope);
  const onDay = today();
  const { date, error } = readDateParam(params, "date", onDay);
  const [t, locale, preview] = await Promise.all([
    getTranslations(),
    getLocale(),
    collectPreview(iterateSnapshot(date, scope, onDay)),
  ]);
  const day = formatCalendarDate(date);
  return (
    <ReportShell
      basePath={basePath}
      title={t("reports.snapshotTitle")}
      description={t("reports.snapshotDescription")}
      action={`${basePath}/snapshot`}
      fields={<DateField name="date" label={t("reports.date")} value={day} />}
      errors={error ? [error] : []}
      csvHref={`${basePath}/snapshot.csv?date=${day}`}
      summary={<ReportCount count={preview.total} shown={preview.rows.length} />}
    >
      {preview.total === 0 ? (
        <p>{t("reports.empty")}</p>
      ) : (
        <PreviewTable
          caption={t("reports.tableCaption")}
          headers={[
            t("reports.colCommitment"),
            t("reports.colClaim"),
            t("reports.colAssessment"),
            t("reports.colOverdue"),
          ]}
          rows={preview.rows.map((row) => [
            <Link
              key="title"
              href={commitmentHref(scope, row.slug)}
              className="text-brand underline underline-offset-4"
            >
              {localizeCommitment(row, locale as Locale).title}
            </Link>,
            t(`officialClaim.${row.officialClaim}`),
            t(`assessment.${row.assessment}`),
            isOverdue(row, date) ? t("reports.yes") : t("reports.no"),
          ])}
        />
      )}
    </ReportShell>
  );
}
