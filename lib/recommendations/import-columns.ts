// The columns a recommendations import reads, under the names the two exports NGOs use give them:
// the Universal Human Rights Index (uhri.ohchr.org, "Export" of a search) and UPR Info's database
// (upr-info-database.org, "Download"). Header names are compared lower-cased with every run of
// spaces and punctuation as one "_", so "Recommending State(s)" and "recommending_state_s" match.

export const RECOMMENDATION_FIELDS = [
  "mechanism",
  "cycle",
  "symbol",
  "paragraph",
  "recommending_state",
  "text",
  "text_language",
  "text_en",
  "text_ru",
  "text_kk",
  "date",
  "response",
  "themes",
  "affected_groups",
  "sdg_targets",
  "url",
  "state_under_review",
  "action_category",
  "upr_session",
  "position_source",
] as const;
export type RecommendationField = (typeof RECOMMENDATION_FIELDS)[number];

/** Export header → field. Fields are also accepted under their own names. */
const ALIASES: Record<string, RecommendationField> = {
  // UHRI's "Export to Excel" (uhri.ohchr.org): Text, Reccomending Body [sic], Document Symbol, Themes,
  // Affected Persons, Sdgs, Document Publication Date, UPR Reccomending States [sic], UPR Position,
  // UPR Session, and columns the import does not read (Countries Concerned, Type, OHCHR Annotation
  // Id, Regions Concerned, Recommending Regions, Date of publication on UHRI). It has no paragraph
  // column: the paragraph number starts the text (see paragraphFromText in import-plan.ts).
  reccomending_body: "mechanism",
  recommending_body: "mechanism",
  upr_reccomending_states: "recommending_state",
  upr_recommending_states: "recommending_state",
  upr_position: "response",
  document_publication_date: "date",
  publication_date: "date",
  // Other UHRI-style names
  body: "mechanism",
  mechanism_body: "mechanism",
  session: "cycle",
  session_cycle: "cycle",
  document_symbol: "symbol",
  paragraph_number: "paragraph",
  para: "paragraph",
  annotation: "text",
  recommendation_observation: "text",
  recommending_states: "recommending_state",
  recommending_state_s: "recommending_state",
  position: "response",
  theme: "themes",
  affected_persons: "affected_groups",
  concerned_groups: "affected_groups",
  sdgs: "sdg_targets",
  sdg: "sdg_targets",
  document_url: "url",
  source_url: "url",
  language: "text_language",
  // UPR Info
  recommendation: "text",
  state: "recommending_state",
  issues: "themes",
  upr_cycle: "cycle",
  document: "symbol",
  year: "date",
  sur: "state_under_review",
  countries_concerned: "state_under_review",
  country: "state_under_review",
};

/** Columns that mark a UPR Info file, whose rows are all UPR recommendations (it has no mechanism column). */
export const UPR_INFO_MARKERS = ["state_under_review", "sur", "action_category"] as const;

/** Columns of UPR Info's classic CSV (renamed by lib/recommendations/import-layouts.ts after reading). */
const CLASSIC_COLUMNS = new Set(["to", "to_rgrp", "to_org", "from", "from_rgrp", "from_org", "action", "issue"]);

export function normaliseHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "_")
    .replace(/^_+|_+$/g, "");
}

/** The field a header means, or null when the import does not read it. */
export function recommendationField(header: string): RecommendationField | null {
  const name = normaliseHeader(header);
  if ((RECOMMENDATION_FIELDS as readonly string[]).includes(name)) return name as RecommendationField;
  return ALIASES[name] ?? null;
}

/** Whether the recommendations import reads this header (or needs it to tell the layout). */
export function isRecommendationColumn(header: string): boolean {
  return (
    recommendationField(header) !== null ||
    (UPR_INFO_MARKERS as readonly string[]).includes(normaliseHeader(header)) ||
    CLASSIC_COLUMNS.has(normaliseHeader(header))
  );
}
