import { formatCalendarDate } from "@/lib/calendar";
import { isLocale, type Locale } from "@/i18n/locales";
import { localizeCommitment, type TranslatableText } from "@/lib/commitments/localize";
import type { AssessmentKey, CategoryKey, OfficialClaimKey, StatusFieldKey } from "@/lib/vocabulary";
import { englishLabels, vocabularyLabels, type VocabularyLabels } from "@/lib/vocabulary-labels";
import type { CsvColumn } from "./csv";
import { reasonLabel } from "@/lib/statuses/reason-labels";
import { isOverdue } from "@/lib/calendar";
import { bodyName, type BodyNames } from "@/lib/bodies/names";
import { instrumentName, type InstrumentNames } from "@/lib/instruments/names";

const day = (date: Date | null) => (date ? formatCalendarDate(date) : null);

/** `?lang=kk|ru|en` on a data address: labels and titles in that language (English labels otherwise). */
export function readLabelLocale(params: URLSearchParams): Locale | undefined {
  const lang = params.get("lang");
  return isLocale(lang) ? lang : undefined;
}

export type CommitmentExportRow = TranslatableText & {
  slug: string;
  category: string;
  responsibleBody: string;
  body: BodyNames;
  instruments: { instrumentCode: string; instrument: InstrumentNames }[];
  officialClaim: OfficialClaimKey;
  claimSince: Date | null;
  assessment: AssessmentKey;
  assessmentSince: Date | null;
  firstStatedOn: Date | null;
  targetDate: Date | null;
  lastVerifiedOn: Date | null;
  updatedAt: Date;
  _count: { evidence: number };
};

/**
 * Columns of /export/commitments.csv (documented in the README; keys never change). With a
 * locale, labels and titles are in that language (titles fall back like the pages do).
 */
export function commitmentColumns(siteUrl: string, onDay: Date, locale?: Locale): CsvColumn<CommitmentExportRow>[] {
  const labels = locale ? vocabularyLabels(locale) : englishLabels;
  return [
    { key: "slug", value: (r) => r.slug },
    { key: "title", value: (r) => (locale ? localizeCommitment(r, locale).title : r.title) },
    { key: "category", value: (r) => r.category },
    { key: "category_label", value: (r) => labels.category(r.category as CategoryKey) },
    { key: "responsible_body", value: (r) => r.responsibleBody },
    { key: "responsible_body_label", value: (r) => bodyName(r.body, locale ?? "en") },
    { key: "instruments", value: (r) => r.instruments.map((i) => i.instrumentCode).join("; ") },
    {
      key: "instrument_titles",
      value: (r) => r.instruments.map((i) => instrumentName(i.instrument, locale ?? "en")).join("; "),
    },
    { key: "official_claim", value: (r) => r.officialClaim },
    { key: "official_claim_label", value: (r) => labels.officialClaim(r.officialClaim) },
    { key: "claim_since", value: (r) => day(r.claimSince) },
    { key: "assessment", value: (r) => r.assessment },
    { key: "assessment_label", value: (r) => labels.assessment(r.assessment) },
    { key: "assessment_since", value: (r) => day(r.assessmentSince) },
    { key: "first_stated_on", value: (r) => day(r.firstStatedOn) },
    { key: "target_date", value: (r) => day(r.targetDate) },
    { key: "overdue", value: (r) => isOverdue(r, onDay) },
    { key: "last_verified_on", value: (r) => day(r.lastVerifiedOn) },
    { key: "evidence_count", value: (r) => r._count.evidence },
    { key: "updated_at", value: (r) => r.updatedAt.toISOString() },
    { key: "url", value: (r) => `${siteUrl}/commitments/${r.slug}` },
  ];
}

export type StatusChangeExportRow = {
  field: StatusFieldKey;
  fromValue: string;
  toValue: string;
  effectiveOn: Date;
  justification: string;
  reasonCode: string;
  reviewedAt: Date | null;
  recordedAt: Date;
  commitment: TranslatableText & { slug: string };
  evidence: { evidence: { url: string } }[];
};

/** A status value's label (English unless other labels are given), whichever vocabulary its field uses. */
export function statusLabel(field: StatusFieldKey, value: string, labels: VocabularyLabels = englishLabels): string {
  return field === "ASSESSMENT"
    ? labels.assessment(value as AssessmentKey)
    : labels.officialClaim(value as OfficialClaimKey);
}

/** Columns of /export/history.csv: one row per status change (the public version names no person). */
export function historyColumns(siteUrl: string, locale?: Locale): CsvColumn<StatusChangeExportRow>[] {
  const labels = locale ? vocabularyLabels(locale) : englishLabels;
  return [
    { key: "commitment_slug", value: (r) => r.commitment.slug },
    {
      key: "commitment_title",
      value: (r) => (locale ? localizeCommitment(r.commitment, locale).title : r.commitment.title),
    },
    { key: "field", value: (r) => r.field },
    { key: "from", value: (r) => r.fromValue },
    { key: "from_label", value: (r) => statusLabel(r.field, r.fromValue, labels) },
    { key: "to", value: (r) => r.toValue },
    { key: "to_label", value: (r) => statusLabel(r.field, r.toValue, labels) },
    { key: "effective_on", value: (r) => day(r.effectiveOn) },
    { key: "justification", value: (r) => r.justification },
    { key: "reason_code", value: (r) => r.reasonCode },
    { key: "reason_label", value: (r) => reasonLabel(r.reasonCode, locale) },
    { key: "is_reviewed", value: (r) => r.reviewedAt !== null },
    { key: "evidence_urls", value: (r) => r.evidence.map((e) => e.evidence.url).join(" ") },
    { key: "recorded_at", value: (r) => r.recordedAt.toISOString() },
    { key: "commitment_url", value: (r) => `${siteUrl}/commitments/${r.commitment.slug}` },
  ];
}
