import { formatCalendarDate } from "@/lib/calendar";
import type { CsvColumn } from "@/lib/open-data/csv";
import type { Locale } from "@/i18n/locales";
import { localizeCommitment, type TranslatableText } from "@/lib/commitments/localize";
import { statusLabel } from "@/lib/open-data/columns";
import { reasonLabel } from "@/lib/statuses/reason-labels";
import { ASSESSMENTS, type CategoryKey, type EvidenceKindKey, type OfficialClaimKey } from "@/lib/vocabulary";
import { englishLabels, vocabularyLabels } from "@/lib/vocabulary-labels";
import type { ChangeReportRow, EvidenceRegisterRow, ReportScope, SummaryReport } from "./data";

/** A commitment's title in `locale` (falling back as the pages do), or as stored without one. */
const titleIn = (commitment: TranslatableText, locale: Locale | undefined) =>
  locale ? localizeCommitment(commitment, locale).title : commitment.title;

/**
 * Columns of the change report. `recorded_by` is the organisation publicly, the person in the
 * workspace. With a locale (`?lang=`), labels and titles are in that language; keys never change.
 */
export function changeColumns(
  siteUrl: string,
  scope: ReportScope,
  organisation: string,
  locale?: Locale,
): CsvColumn<ChangeReportRow>[] {
  const labels = locale ? vocabularyLabels(locale) : englishLabels;
  return [
    { key: "commitment_slug", value: (r) => r.commitment.slug },
    { key: "commitment_title", value: (r) => titleIn(r.commitment, locale) },
    { key: "field", value: (r) => r.field },
    { key: "from", value: (r) => r.fromValue },
    { key: "from_label", value: (r) => statusLabel(r.field, r.fromValue, labels) },
    { key: "to", value: (r) => r.toValue },
    { key: "to_label", value: (r) => statusLabel(r.field, r.toValue, labels) },
    { key: "effective_on", value: (r) => formatCalendarDate(r.effectiveOn) },
    { key: "justification", value: (r) => r.justification },
    { key: "reason_code", value: (r) => r.reasonCode },
    { key: "reason_label", value: (r) => reasonLabel(r.reasonCode, locale) },
    { key: "is_reviewed", value: (r) => r.reviewedAt !== null },
    { key: "evidence_urls", value: (r) => r.evidence.map((e) => e.evidence.url).join(" ") },
    { key: "recorded_by", value: (r) => (scope === "workspace" ? (r.recordedBy?.name ?? organisation) : organisation) },
    { key: "recorded_at", value: (r) => r.recordedAt.toISOString() },
    { key: "commitment_url", value: (r) => `${siteUrl}/commitments/${r.commitment.slug}` },
  ];
}

/** Columns of the evidence register: one row per distinct URL. */
export function evidenceRegisterColumns(locale?: Locale): CsvColumn<EvidenceRegisterRow>[] {
  const labels = locale ? vocabularyLabels(locale) : englishLabels;
  return [
    { key: "url", value: (r) => r.url },
    { key: "title", value: (r) => r.title },
    { key: "publisher", value: (r) => r.publisher },
    { key: "published_on", value: (r) => (r.publishedOn ? formatCalendarDate(r.publishedOn) : null) },
    { key: "kind", value: (r) => r.kind },
    { key: "kind_label", value: (r) => labels.evidenceKind(r.kind as EvidenceKindKey) },
    { key: "commitment_count", value: (r) => r.commitments.length },
    { key: "commitment_slugs", value: (r) => r.commitments.map((c) => c.slug).join("; ") },
    { key: "commitment_titles", value: (r) => r.commitments.map((c) => titleIn(c, locale)).join("; ") },
    { key: "sha256", value: (r) => r.capture?.sha256 ?? null },
    { key: "captured_at", value: (r) => r.capture?.capturedAt?.toISOString() ?? null },
    { key: "link_status", value: (r) => r.capture?.linkStatus?.toLowerCase() ?? null },
  ];
}

export type SummaryCsvRow = {
  dimension: "category" | "official_claim" | "reason";
  key: string;
  counts: Record<string, number>;
};

/** The summary's two tables in one CSV: a `dimension` column says which table a row belongs to. */
export function summaryColumns(locale?: Locale): CsvColumn<SummaryCsvRow>[] {
  const labels = locale ? vocabularyLabels(locale) : englishLabels;
  return [
    { key: "dimension", value: (r) => r.dimension },
    { key: "key", value: (r) => r.key },
    {
      key: "label",
      value: (r) =>
        r.dimension === "category"
          ? labels.category(r.key as CategoryKey)
          : r.dimension === "reason"
            ? reasonLabel(r.key, locale)
            : labels.officialClaim(r.key as OfficialClaimKey),
    },
    ...ASSESSMENTS.map((assessment) => ({ key: assessment, value: (r: SummaryCsvRow) => r.counts[assessment] ?? 0 })),
    { key: "total", value: (r) => Object.values(r.counts).reduce((sum, n) => sum + n, 0) },
  ];
}

export function summaryCsvRows(summary: SummaryReport): SummaryCsvRow[] {
  return [
    ...summary.byCategory.map((row) => ({ dimension: "category" as const, ...row })),
    ...summary.byClaim.map((row) => ({ dimension: "official_claim" as const, ...row })),
    // Assessment changes in effect by the date, by reason × the assessment they moved to.
    ...summary.byReason.map((row) => ({ dimension: "reason" as const, ...row })),
  ];
}
