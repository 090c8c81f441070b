/**
 * The project's controlled vocabularies: keys (stored in the database and used in CSV/API),
 * their order, and how each status looks. Labels live in the message catalogues
 * (messages/<locale>.json under the same keys), so every screen, CSV and API uses one set of words.
 * This module imports no catalogue, so forms running in the browser can use the keys without
 * carrying every language's messages; CSV and JSON get labels from lib/vocabulary-labels.ts.
 */

export const OFFICIAL_CLAIMS = ["NO_CLAIM", "ANNOUNCED", "PLANNED", "IN_PROGRESS", "ADOPTED"] as const;
export type OfficialClaimKey = (typeof OFFICIAL_CLAIMS)[number];

export const ASSESSMENTS = [
  "NOT_ASSESSED",
  "NOT_STARTED",
  "IN_PROGRESS",
  "STALLED",
  "PARTIALLY_IMPLEMENTED",
  "IMPLEMENTED",
  "REVERSED",
] as const;
export type AssessmentKey = (typeof ASSESSMENTS)[number];

export const STATUS_FIELDS = ["ASSESSMENT", "OFFICIAL_CLAIM"] as const;
export type StatusFieldKey = (typeof STATUS_FIELDS)[number];

export const EVIDENCE_KINDS = ["LAW_TEXT", "OFFICIAL_STATEMENT", "UN_DOCUMENT", "NGO_REPORT", "NEWS", "OTHER"] as const;
export type EvidenceKindKey = (typeof EVIDENCE_KINDS)[number];

export const SOURCE_KINDS = ["ARTICLE", "SPEECH", "INTERVIEW", "DECREE", "REPORT", "OTHER"] as const;
export type SourceKindKey = (typeof SOURCE_KINDS)[number];

export const CATEGORIES = [
  "death-penalty",
  "torture",
  "gender-equality",
  "domestic-violence",
  "children",
  "disability",
  "justice",
  "civic-freedoms",
  "political-participation",
  "institutions",
  "labour-business",
  "social-rights",
  "equality",
  "digital-privacy",
  "international",
] as const;
export type CategoryKey = (typeof CATEGORIES)[number];

/** Visual tone of a status badge. Text always carries the meaning; colour only reinforces it. */
export type Tone = "neutral" | "info" | "progress" | "warning" | "danger" | "success";

export const ASSESSMENT_TONES: Record<AssessmentKey, Tone> = {
  NOT_ASSESSED: "neutral",
  NOT_STARTED: "warning",
  IN_PROGRESS: "progress",
  STALLED: "warning",
  PARTIALLY_IMPLEMENTED: "info",
  IMPLEMENTED: "success",
  REVERSED: "danger",
};

export const OFFICIAL_CLAIM_TONES: Record<OfficialClaimKey, Tone> = {
  NO_CLAIM: "neutral",
  ANNOUNCED: "info",
  PLANNED: "info",
  IN_PROGRESS: "progress",
  ADOPTED: "success",
};

export function isOfficialClaim(value: string): value is OfficialClaimKey {
  return (OFFICIAL_CLAIMS as readonly string[]).includes(value);
}

export function isAssessment(value: string): value is AssessmentKey {
  return (ASSESSMENTS as readonly string[]).includes(value);
}

export function isCategory(value: string): value is CategoryKey {
  return (CATEGORIES as readonly string[]).includes(value);
}
