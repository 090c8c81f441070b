import { formatCalendarDate } from "@/lib/dates";
import { englishLabels, isOverdue, type AssessmentKey, type CategoryKey, type OfficialClaimKey, type StatusFieldKey } from "@/lib/vocabulary";
import type { CsvColumn } from "./csv";

const day = (date: Date | null) => (date ? formatCalendarDate(date) : null);

export type CommitmentExportRow = {
  slug: string;
  title: string;
  category: string;
  responsibleBody: string;
  instruments: { instrumentCode: string }[];
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

/** Columns of /export/commitments.csv (documented in the README; keys never change). */
export function commitmentColumns(siteUrl: string, now: Date): CsvColumn<CommitmentExportRow>[] {
  return [
    { key: "slug", value: (r) => r.slug },
    { key: "title", value: (r) => r.title },
    { key: "category", value: (r) => r.category },
    { key: "category_label", value: (r) => englishLabels.category(r.category as CategoryKey) },
    { key: "responsible_body", value: (r) => r.responsibleBody },
    { key: "instruments", value: (r) => r.instruments.map((i) => i.instrumentCode).join("; ") },
    { key: "official_claim", value: (r) => r.officialClaim },
    { key: "official_claim_label", value: (r) => englishLabels.officialClaim(r.officialClaim) },
    { key: "claim_since", value: (r) => day(r.claimSince) },
    { key: "assessment", value: (r) => r.assessment },
    { key: "assessment_label", value: (r) => englishLabels.assessment(r.assessment) },
    { key: "assessment_since", value: (r) => day(r.assessmentSince) },
    { key: "first_stated_on", value: (r) => day(r.firstStatedOn) },
    { key: "target_date", value: (r) => day(r.targetDate) },
    { key: "overdue", value: (r) => isOverdue(r, now) },
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
  recordedAt: Date;
  commitment: { slug: string; title: string };
  evidence: { evidence: { url: string } }[];
};

/** A status value's English label, whichever vocabulary its field uses. */
export function statusLabel(field: StatusFieldKey, value: string): string {
  return field === "ASSESSMENT" ? englishLabels.assessment(value as AssessmentKey) : englishLabels.officialClaim(value as OfficialClaimKey);
}

/** Columns of /export/history.csv: one row per status change (the public version names no person). */
export function historyColumns(siteUrl: string): CsvColumn<StatusChangeExportRow>[] {
  return [
    { key: "commitment_slug", value: (r) => r.commitment.slug },
    { key: "commitment_title", value: (r) => r.commitment.title },
    { key: "field", value: (r) => r.field },
    { key: "from", value: (r) => r.fromValue },
    { key: "from_label", value: (r) => statusLabel(r.field, r.fromValue) },
    { key: "to", value: (r) => r.toValue },
    { key: "to_label", value: (r) => statusLabel(r.field, r.toValue) },
    { key: "effective_on", value: (r) => day(r.effectiveOn) },
    { key: "justification", value: (r) => r.justification },
    { key: "evidence_urls", value: (r) => r.evidence.map((e) => e.evidence.url).join(" ") },
    { key: "recorded_at", value: (r) => r.recordedAt.toISOString() },
    { key: "commitment_url", value: (r) => `${siteUrl}/commitments/${r.commitment.slug}` },
  ];
}
