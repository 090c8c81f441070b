import { stringify } from "csv-stringify/sync";
import { COMMITMENT_COLUMNS, STATUS_COLUMNS, type UploadKind } from "./columns";

// A starting file per kind of import, offered on the import page: the columns it reads and one
// example row (invented), so an editor fills a spreadsheet instead of reading about columns.

const EXAMPLES: Record<UploadKind, Record<string, string>> = {
  commitments: {
    slug: "example-commitment",
    title: "Example: ratify the optional protocol",
    summary: "What the official promised, in one or two sentences.",
    category: "international",
    responsible_body: "Ministry of Justice",
    instruments: "",
    first_stated_on: "2024-05-21",
    target_date: "",
    quote: "The exact words, as the source gives them.",
    source_title: "Source title",
    source_author: "",
    source_url: "https://example.org/source",
  },
  statuses: {
    slug: "example-commitment",
    field: "ASSESSMENT",
    new_value: "IN_PROGRESS",
    effective_on: "2024-06-01",
    justification: "Why the status changes, with what the evidence shows.",
    reason_code: "",
    evidence_urls: "https://example.org/evidence",
  },
  recommendations: {
    mechanism: "UPR",
    cycle: "4th cycle",
    symbol: "A/HRC/56/10",
    paragraph: "118.23",
    recommending_state: "Estonia",
    state_under_review: "Kazakhstan",
    text: "Example: ratify the Optional Protocol to the Convention against Torture",
    text_language: "en",
    date: "2024-03-15",
    response: "Supported",
    themes: "Acceptance of international norms; Torture",
    affected_groups: "Persons deprived of their liberty",
    sdg_targets: "16.3; 16",
    url: "https://example.org/report",
  },
};

/** The template CSV for a kind: UTF-8 with a byte-order mark (Excel shows Cyrillic right), one example row. */
export function importTemplateCsv(kind: UploadKind): string {
  const columns =
    kind === "commitments"
      ? COMMITMENT_COLUMNS.filter((column) => column !== "official_claim" && column !== "assessment")
      : kind === "statuses"
        ? [...STATUS_COLUMNS]
        : Object.keys(EXAMPLES.recommendations);
  const example = EXAMPLES[kind];
  return stringify([columns, columns.map((column) => example[column] ?? "")], { bom: true, record_delimiter: "\r\n" });
}
