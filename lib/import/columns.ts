import { parseCalendarDate } from "@/lib/calendar";
import { message } from "@/lib/forms/messages";
import { isRecommendationColumn } from "@/lib/recommendations/import-columns";

/** What a file can do: create or update commitments, or record status changes. */
export const IMPORT_KINDS = ["commitments", "statuses"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
/** What the upload form offers: the two kinds above, and UN recommendations (lib/recommendations). */
export const UPLOAD_KINDS = [...IMPORT_KINDS, "recommendations"] as const;
export type UploadKind = (typeof UPLOAD_KINDS)[number];

/**
 * Columns each kind reads (header names are matched case-insensitively; a few aliases accepted).
 * Other columns, such as the label and URL columns of our own exports, are ignored and listed in
 * the preview, so an exported file can be edited in Excel and imported back as it is.
 */
export const COMMITMENT_COLUMNS = [
  "slug",
  "title",
  "summary",
  "category",
  "responsible_body",
  "instruments",
  "first_stated_on",
  "target_date",
  "official_claim",
  "assessment",
  "quote",
  "source_title",
  "source_author",
  "source_url",
] as const;
/** `reason_code` (or `reasonCode`) is optional: a row without one records "unspecified" (lib/statuses/reasons.ts). */
export const STATUS_COLUMNS = [
  "slug",
  "field",
  "new_value",
  "effective_on",
  "justification",
  "reason_code",
  "evidence_urls",
] as const;

const ALIASES: Record<string, string> = {
  to: "new_value",
  value: "new_value",
  status: "new_value",
  date: "effective_on",
  evidence: "evidence_urls",
  evidence_url: "evidence_urls",
  reasoncode: "reason_code",
  reason: "reason_code",
};

/** The column a header means (lower-case, aliases resolved). */
export function canonicalColumn(header: string): string {
  const name = header.trim().toLowerCase().replace(/\s+/g, "_");
  return ALIASES[name] ?? name;
}

const IMPORT_COLUMNS: ReadonlySet<string> = new Set([...COMMITMENT_COLUMNS, ...STATUS_COLUMNS]);

/** Whether either kind of import reads this column (the others are only listed as ignored). */
export function isImportColumn(header: string): boolean {
  return IMPORT_COLUMNS.has(canonicalColumn(header)) || isRecommendationColumn(header);
}

/**
 * Reads a date as Excel writes it: ISO (2024-05-21) or, in Russian and Kazakh locales, 21.05.2024.
 * Returns null for an empty cell and throws RangeError with plain words for anything else.
 */
export function parseImportDate(value: string): Date | null {
  const text = value.trim();
  if (text === "") return null;
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const iso = dotted ? `${dotted[3]}-${dotted[2]!.padStart(2, "0")}-${dotted[1]!.padStart(2, "0")}` : text;
  try {
    return parseCalendarDate(iso);
  } catch {
    throw new RangeError(message("rowNotADate", { value: text }));
  }
}

/** Splits a list cell ("CAT; OPCAT", or URLs separated by spaces or new lines) into its items. */
export function splitList(value: string, separators: RegExp = /[;,\s]+/): string[] {
  return value
    .split(separators)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}
