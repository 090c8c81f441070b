import { formatCalendarDate } from "@/lib/calendar";
import type { Locale } from "@/i18n/locales";
import { localizeCommitment } from "@/lib/commitments/localize";
import type { CategoryKey, EvidenceKindKey, SourceKindKey, StatusFieldKey } from "@/lib/vocabulary";
import { englishLabels, vocabularyLabels } from "@/lib/vocabulary-labels";
import type { CommitmentExportRow, StatusChangeExportRow } from "./columns";
import { statusLabel } from "./columns";
import { reasonLabel } from "@/lib/statuses/reason-labels";
import { isOverdue } from "@/lib/calendar";
import type { CaptureSummary } from "@/lib/evidence/capture/data";
import { captureJson } from "@/lib/evidence/capture/json";
import { bodyName } from "@/lib/bodies/names";
import { instrumentName, type InstrumentNames } from "@/lib/instruments/names";

const day = (date: Date | null) => (date ? formatCalendarDate(date) : null);

/**
 * A commitment as the JSON API lists it: stable keys, with labels beside them (English, or the
 * `?lang=` language, which also picks the title and summary, falling back like the pages do).
 */
export function commitmentSummaryJson(row: CommitmentExportRow, siteUrl: string, onDay: Date, locale?: Locale) {
  const labels = locale ? vocabularyLabels(locale) : englishLabels;
  const text = locale
    ? localizeCommitment(row, locale)
    : { title: row.title, summary: row.summary, locale: row.sourceLocale, isFallback: false };
  return {
    slug: row.slug,
    title: text.title,
    summary: text.summary,
    text_language: text.locale,
    is_translation_missing: text.isFallback,
    category: row.category,
    category_label: labels.category(row.category as CategoryKey),
    responsible_body: row.responsibleBody,
    responsible_body_label: bodyName(row.body, locale ?? "en"),
    instruments: row.instruments.map((i) => i.instrumentCode),
    instrument_titles: row.instruments.map((i) => instrumentName(i.instrument, locale ?? "en")),
    official_claim: row.officialClaim,
    official_claim_label: labels.officialClaim(row.officialClaim),
    claim_since: day(row.claimSince),
    assessment: row.assessment,
    assessment_label: labels.assessment(row.assessment),
    assessment_since: day(row.assessmentSince),
    first_stated_on: day(row.firstStatedOn),
    target_date: day(row.targetDate),
    overdue: isOverdue(row, onDay),
    last_verified_on: day(row.lastVerifiedOn),
    evidence_count: row._count.evidence,
    updated_at: row.updatedAt.toISOString(),
    url: `${siteUrl}/commitments/${row.slug}`,
  };
}

type DetailInput = Omit<CommitmentExportRow, "instruments"> & {
  instruments: { instrumentCode: string; instrument: InstrumentNames }[];
  quotes: {
    text: string;
    source: {
      title: string;
      author: string | null;
      publisher: string | null;
      publishedOn: Date | null;
      dateNote: string | null;
      url: string | null;
      kind: SourceKindKey;
    };
  }[];
  evidence: {
    id: string;
    url: string;
    title: string;
    publisher: string | null;
    publishedOn: Date | null;
    kind: EvidenceKindKey;
    note: string | null;
    capture: CaptureSummary;
  }[];
  statusChanges: (Omit<StatusChangeExportRow, "commitment" | "evidence"> & {
    id: string;
    evidence: { evidence: { id: string; url: string } }[];
  })[];
};

/** One commitment with its history, evidence and quotes. */
export function commitmentDetailJson(row: DetailInput, siteUrl: string, onDay: Date, locale?: Locale) {
  const labels = locale ? vocabularyLabels(locale) : englishLabels;
  return {
    ...commitmentSummaryJson(
      { ...row, instruments: row.instruments, _count: { evidence: row.evidence.length } },
      siteUrl,
      onDay,
      locale,
    ),
    instruments: row.instruments.map(({ instrument }) => ({
      code: instrument.code,
      name: instrumentName(instrument, locale ?? "en"),
    })),
    history: row.statusChanges.map((change) => ({
      id: change.id,
      field: change.field,
      field_label: labels.statusField(change.field as StatusFieldKey),
      from: change.fromValue,
      from_label: statusLabel(change.field, change.fromValue, labels),
      to: change.toValue,
      to_label: statusLabel(change.field, change.toValue, labels),
      effective_on: day(change.effectiveOn),
      justification: change.justification,
      reason_code: change.reasonCode,
      reason_label: reasonLabel(change.reasonCode, locale),
      is_reviewed: change.reviewedAt !== null,
      evidence_ids: change.evidence.map((e) => e.evidence.id),
      recorded_at: change.recordedAt.toISOString(),
    })),
    evidence: row.evidence.map((item) => ({
      id: item.id,
      url: item.url,
      title: item.title,
      publisher: item.publisher,
      published_on: day(item.publishedOn),
      kind: item.kind,
      kind_label: labels.evidenceKind(item.kind),
      note: item.note,
      capture: captureJson(item.capture, siteUrl),
    })),
    quotes: row.quotes.map((quote) => ({
      text: quote.text,
      source: {
        title: quote.source.title,
        author: quote.source.author,
        publisher: quote.source.publisher,
        published_on: day(quote.source.publishedOn),
        date_note: quote.source.dateNote,
        url: quote.source.url,
        kind: quote.source.kind,
      },
    })),
  };
}

/** JSON response with the API's headers; readable by any site (it is open data, read-only). */
export function jsonResponse(body: unknown, status = 200): Response {
  return Response.json(body, {
    status,
    headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": "no-store" },
  });
}
