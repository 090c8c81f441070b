import { Link } from "@/i18n/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/locales";
import { localizeCommitment } from "@/lib/commitments/localize";
import { formatCalendarDate, today } from "@/lib/calendar";
import { parseEnv } from "@/lib/env";
import { iterateChanges } from "@/lib/reports/data";
import { collectPreview } from "@/lib/reports/preview";
import { readDateWindow, readReasonParam } from "@/lib/reports/schema";
import type { StatusFieldKey } from "@/lib/vocabulary";
import { ExternalLink } from "@/components/commitments/external-link";
import { type ReportViewProps, commitmentHref, reportBasePath } from "./view-props";
import { DateField, ReportShell } from "@/components/reports/report-shell";
import { PreviewTable } from "@/components/reports/preview-table";
import { ReportCount } from "@/components/reports/report-count";
import { ReasonField } from "@/components/reports/reason-field";

export async function ChangesReport({ params, scope }: ReportViewProps) {
  const basePath = reportBasePath(scope);
  const { from, to, errors } = readDateWindow(params, today());
  const { reasons, errors: reasonErrors } = readReasonParam(params);
  const [t, locale, preview] = await Promise.all([
    getTranslations(),
    getLocale(),
    collectPreview(iterateChanges(from, to, scope, reasons)),
  ]);
  const organisation = parseEnv().ORGANISATION_NAME;
  const label = (field: StatusFieldKey, value: string) =>
    field === "ASSESSMENT" ? t(`assessment.${value as "IMPLEMENTED"}`) : t(`officialClaim.${value as "ADOPTED"}`);
  const query = new URLSearchParams([
    ["from", formatCalendarDate(from)],
    ["to", formatCalendarDate(to)],
    ...reasons.map((code) => ["reason", code]),
  ]).toString();
  return (
    <ReportShell
      basePath={basePath}
      title={t("reports.changesTitle")}
      description={t("reports.changesDescription")}
      action={`${basePath}/changes`}
      fields={
        <>
          <DateField name="from" label={t("reports.from")} value={formatCalendarDate(from)} />
          <DateField name="to" label={t("reports.to")} value={formatCalendarDate(to)} />
          <ReasonField selected={reasons} />
        </>
      }
      errors={[...errors, ...reasonErrors]}
      csvHref={`${basePath}/changes.csv?${query}`}
      summary={<ReportCount count={preview.total} shown={preview.rows.length} />}
    >
      {preview.total === 0 ? (
        <p>{t("reports.empty")}</p>
      ) : (
        <PreviewTable
          caption={t("reports.tableCaption")}
          headers={[
            t("reports.colEffective"),
            t("reports.colCommitment"),
            t("reports.colChange"),
            t("reports.colJustification"),
            t("reports.colEvidence"),
            t("reports.colRecordedBy"),
          ]}
          rows={preview.rows.map((row) => [
            formatCalendarDate(row.effectiveOn),
            <Link
              key="title"
              href={commitmentHref(scope, row.commitment.slug)}
              className="text-brand underline underline-offset-4"
            >
              {localizeCommitment(row.commitment, locale as Locale).title}
            </Link>,
            t("overview.changeLine", {
              field: t(`statusField.${row.field}`),
              from: label(row.field, row.fromValue),
              to: label(row.field, row.toValue),
            }),
            row.justification,
            <ul key="evidence">
              {row.evidence.map(({ evidence }) => (
                <li key={evidence.url}>
                  <ExternalLink href={evidence.url}>{evidence.url}</ExternalLink>
                </li>
              ))}
            </ul>,
            scope === "workspace" ? (row.recordedBy?.name ?? organisation) : organisation,
          ])}
        />
      )}
    </ReportShell>
  );
}
