import { Link } from "@/i18n/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/locales";
import { localizeCommitment } from "@/lib/commitments/localize";
import { iterateEvidenceRegister } from "@/lib/reports/data";
import { collectPreview } from "@/lib/reports/preview";
import type { EvidenceKindKey } from "@/lib/vocabulary";
import { ExternalLink } from "@/components/commitments/external-link";
import { type ReportViewProps, commitmentHref, reportBasePath } from "./view-props";
import { ReportShell } from "@/components/reports/report-shell";
import { PreviewTable } from "@/components/reports/preview-table";
import { ReportCount } from "@/components/reports/report-count";

export async function EvidenceRegisterReport({ scope }: Omit<ReportViewProps, "params">) {
  const basePath = reportBasePath(scope);
  const [t, locale, preview] = await Promise.all([
    getTranslations(),
    getLocale(),
    collectPreview(iterateEvidenceRegister(scope)),
  ]);
  return (
    <ReportShell
      basePath={basePath}
      title={t("reports.evidenceTitle")}
      description={t("reports.evidenceDescription")}
      action={`${basePath}/evidence`}
      fields={null}
      errors={[]}
      csvHref={`${basePath}/evidence.csv`}
      summary={<ReportCount count={preview.total} shown={preview.rows.length} />}
    >
      {preview.total === 0 ? (
        <p>{t("reports.empty")}</p>
      ) : (
        <PreviewTable
          caption={t("reports.tableCaption")}
          headers={[t("reports.colLink"), t("reports.colKind"), t("reports.colSupports")]}
          rows={preview.rows.map((row) => [
            <ExternalLink key="link" href={row.url}>
              {row.title}
            </ExternalLink>,
            t(`evidenceKind.${row.kind as EvidenceKindKey}`),
            <ul key="supports">
              {row.commitments.map((c) => (
                <li key={c.slug}>
                  <Link href={commitmentHref(scope, c.slug)} className="text-brand underline underline-offset-4">
                    {localizeCommitment(c, locale as Locale).title}
                  </Link>
                </li>
              ))}
            </ul>,
          ])}
        />
      )}
    </ReportShell>
  );
}
