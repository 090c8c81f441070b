import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/locales";
import { localizeCommitment } from "@/lib/commitments/localize";
import { iterateEvidenceRegister } from "@/lib/reports/data";
import { collectPreview } from "@/lib/reports/preview";
import type { EvidenceKindKey } from "@/lib/vocabulary";
import { ExternalLink } from "@/components/commitments/external-link";
import { ReportShell } from "@/components/reports/report-shell";
import { PreviewTable } from "@/components/reports/preview-table";
import { ReportCount } from "@/components/reports/report-count";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports");
  return { title: t("evidenceTitle"), description: t("evidenceDescription") };
}

export default async function EvidenceRegisterPage() {
  const [t, locale, preview] = await Promise.all([getTranslations(), getLocale(), collectPreview(iterateEvidenceRegister("public"))]);
  return (
    <ReportShell
      title={t("reports.evidenceTitle")}
      description={t("reports.evidenceDescription")}
      action="/reports/evidence"
      fields={null}
      errors={[]}
      csvHref="/reports/evidence.csv"
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
                  <Link href={`/commitments/${c.slug}`} className="text-brand underline underline-offset-4">
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
