import { EARLIEST_EFFECTIVE_DAY, formatCalendarDate, parseCalendarDate } from "@/lib/calendar";
import { toSafeHttpUrl, UNSAFE_URL_MESSAGE } from "@/lib/evidence/url";
import {
  ASSESSMENTS,
  CATEGORIES,
  OFFICIAL_CLAIMS,
  type AssessmentKey,
  type CategoryKey,
  type OfficialClaimKey,
  type StatusFieldKey,
} from "@/lib/vocabulary";
import { englishLabels } from "@/lib/vocabulary-labels";
import { ASSESSMENTS_REQUIRING_EVIDENCE } from "@/lib/statuses/schema";
import { SLUG_PATTERN } from "@/lib/commitments/schema";
import { CHOSEN_REASON_CODES, UNSPECIFIED_REASON, isReasonCode, type ReasonCode } from "@/lib/statuses/reasons";
import {
  COMMITMENT_COLUMNS,
  STATUS_COLUMNS,
  canonicalColumn,
  parseImportDate,
  splitList,
  type ImportKind,
} from "./columns";
import type { ParsedRow } from "./parse";
import { message } from "@/lib/forms/messages";
import type { ReviewSettings } from "@/lib/review/data";

/** What the database holds now for a commitment the file names (read by lib/import/data.ts). */
export type CurrentCommitment = {
  id: string;
  slug: string;
  version: number;
  title: string;
  summary: string;
  category: string;
  responsibleBody: string;
  instruments: string[];
  firstStatedOn: Date | null;
  targetDate: Date | null;
  officialClaim: OfficialClaimKey;
  assessment: AssessmentKey;
  evidence: { id: string; url: string }[];
  /** The effective date of the latest recorded change of each status; a new one may not precede it. */
  latestChangeOn: Record<StatusFieldKey, Date | null>;
};

export type CurrentState = {
  commitments: Map<string, CurrentCommitment>;
  instrumentCodes: Set<string>;
  /** Responsible bodies by lower-cased key and by each lower-cased name, to the key (a file may name a body either way). */
  bodyKeys: Map<string, string>;
  today: Date;
  /** Which status fields need a second editor's approval (WorkspaceSettings): their rows become proposals. */
  review: ReviewSettings;
};

export type RowError = { rowNumber: number; column: string; message: string };
export type FieldChange = { field: string; from: string; to: string };

export type CommitmentEdit = {
  title: string;
  summary: string;
  category: CategoryKey;
  responsibleBody: string;
  instruments: string[];
  firstStatedOn: Date | null;
  targetDate: Date | null;
};

export type PlannedOperation =
  | {
      type: "create";
      rowNumber: number;
      slug: string;
      fields: CommitmentEdit;
      officialClaim: OfficialClaimKey;
      quote: { text: string; sourceTitle: string; sourceAuthor: string | null; sourceUrl: string | null };
    }
  | {
      type: "update";
      rowNumber: number;
      slug: string;
      commitmentId: string;
      version: number;
      fields: CommitmentEdit;
      changes: FieldChange[];
    }
  | {
      type: "status";
      rowNumber: number;
      slug: string;
      commitmentId: string;
      version: number;
      field: StatusFieldKey;
      from: string;
      to: string;
      effectiveOn: Date;
      justification: string;
      reasonCode: ReasonCode;
      evidenceIds: string[];
      newEvidenceUrls: string[];
      /** Review is on for the field: the row becomes a proposal for a second editor, not a public change. */
      isProposal: boolean;
    };

export type ImportPlan = {
  kind: ImportKind;
  operations: PlannedOperation[];
  unchanged: { rowNumber: number; slug: string }[];
  errors: RowError[];
  ignoredColumns: string[];
  missingColumns: string[];
  /** The review settings the plan was made under (part of its digest). */
  review: ReviewSettings;
};

const day = (date: Date | null) => (date ? formatCalendarDate(date) : "");
const MAX_TEXT = {
  title: 200,
  summary: 2000,
  responsible_body: 200,
  justification: 5000,
  quote: 5000,
  source_title: 300,
  source_author: 200,
} as const;

/**
 * Works out, without writing anything, what importing a parsed file would do: each row becomes a
 * planned operation, "unchanged", or errors with row number, column and reason. The same rules as
 * the editor's forms apply (required fields, vocabularies, dates not in the future, evidence for
 * Implemented / Partially implemented / Reversed, safe links only). Applying (lib/import/apply.ts)
 * performs exactly these operations, and only when there are no errors.
 */
export function planImport(kind: ImportKind, headers: string[], rows: ParsedRow[], current: CurrentState): ImportPlan {
  const { plan, steps } = planImportStepwise(kind, headers, rows, current);
  for (const _row of steps) {
    // Each step plans one row; the server's caller pauses between slices of them (lib/import/data.ts).
  }
  return plan;
}

/** planImport as a plan filled in one row per step of `steps`, so a caller can yield between rows. */
export function planImportStepwise(
  kind: ImportKind,
  headers: string[],
  rows: ParsedRow[],
  current: CurrentState,
): { plan: ImportPlan; steps: Iterable<void> } {
  const columns = headers.map(canonicalColumn);
  const known: readonly string[] = kind === "commitments" ? COMMITMENT_COLUMNS : STATUS_COLUMNS;
  const required = kind === "commitments" ? ["slug"] : ["slug", "field", "new_value", "effective_on", "justification"];
  const plan: ImportPlan = {
    kind,
    operations: [],
    unchanged: [],
    errors: [],
    ignoredColumns: headers.filter((_, index) => !known.includes(columns[index] ?? "")),
    missingColumns: required.filter((column) => !columns.includes(column)),
    review: current.review,
  };
  if (plan.missingColumns.length > 0) return { plan, steps: [] };
  const cell = (row: ParsedRow, column: string): string | undefined => {
    const index = columns.indexOf(column);
    const header = index >= 0 ? headers[index] : undefined;
    return header === undefined ? undefined : (row.values[header.trim().toLowerCase()] ?? "").trim();
  };
  return {
    plan,
    steps:
      kind === "commitments" ? planCommitments(plan, rows, current, cell) : planStatuses(plan, rows, current, cell),
  };
}

type Cell = (row: ParsedRow, column: string) => string | undefined;

function* planCommitments(plan: ImportPlan, rows: ParsedRow[], current: CurrentState, cell: Cell): Generator<void> {
  const seen = new Set<string>();
  for (const row of rows) {
    yield;
    const errors: RowError[] = [];
    const fail = (column: string, message: string) => errors.push({ rowNumber: row.rowNumber, column, message });
    const slug = cell(row, "slug") ?? "";
    if (!slug) fail("slug", message("rowNeedsSlug"));
    else if (!SLUG_PATTERN.test(slug) || slug.length > 80) fail("slug", message("rowSlugFormat"));
    else if (seen.has(slug)) fail("slug", message("rowSlugRepeated", { slug }));
    seen.add(slug);
    if (errors.length > 0) {
      // Without a usable slug the row cannot be matched; its other cells are not judged.
      plan.errors.push(...errors);
      continue;
    }
    const existing = current.commitments.get(slug);
    const isNew = !existing;

    const text = (column: keyof typeof MAX_TEXT, fallback: string | undefined, isRequired: boolean): string => {
      const value = cell(row, column);
      if (isNew && isRequired && !value) {
        fail(column, message("rowNewNeedsColumn"));
        return "";
      }
      if (value === undefined || (value === "" && fallback !== undefined)) return fallback ?? "";
      if (value === "" && isRequired) fail(column, message("rowColumnEmpty"));
      if (value.length > MAX_TEXT[column]) fail(column, message("tooLong", { max: MAX_TEXT[column] }));
      return value;
    };
    const date = (column: "first_stated_on" | "target_date", fallback: Date | null): Date | null => {
      const value = cell(row, column);
      if (value === undefined) return fallback;
      try {
        return parseImportDate(value);
      } catch (error) {
        fail(column, (error as Error).message);
        return fallback;
      }
    };

    const title = text("title", existing?.title, true);
    const summary = text("summary", existing?.summary, true);
    const bodyCell = text("responsible_body", existing?.responsibleBody, true);
    const responsibleBody = current.bodyKeys.get(bodyCell.trim().toLowerCase()) ?? bodyCell;
    if (bodyCell && !current.bodyKeys.has(bodyCell.trim().toLowerCase()))
      fail("responsible_body", message("rowUnknownBody", { value: bodyCell }));
    const categoryCell = cell(row, "category");
    const category = (categoryCell === undefined || categoryCell === "" ? existing?.category : categoryCell) ?? "";
    if (isNew && !category) fail("category", message("rowNewNeedsColumn"));
    else if (!(CATEGORIES as readonly string[]).includes(category))
      fail("category", message("rowUnknownTheme", { value: category, allowed: CATEGORIES.join(", ") }));
    const instrumentsCell = cell(row, "instruments");
    const instruments =
      instrumentsCell === undefined
        ? (existing?.instruments ?? [])
        : [...new Set(splitList(instrumentsCell, /[;,]+/))].sort();
    for (const code of instruments)
      if (!current.instrumentCodes.has(code)) fail("instruments", message("rowUnknownInstrument", { code }));
    const firstStatedOn = date("first_stated_on", existing?.firstStatedOn ?? null);
    const targetDate = date("target_date", existing?.targetDate ?? null);

    // Statuses change only with a justification: a status-change file records them.
    const claimCell = cell(row, "official_claim");
    const assessmentCell = cell(row, "assessment");
    if (existing) {
      if (claimCell && claimCell !== existing.officialClaim)
        fail("official_claim", message("rowClaimDiffers", { current: existing.officialClaim }));
      if (assessmentCell && assessmentCell !== existing.assessment)
        fail("assessment", message("rowAssessmentDiffers", { current: existing.assessment }));
    } else if (assessmentCell && assessmentCell !== "NOT_ASSESSED") {
      fail("assessment", message("rowNewAssessment"));
    }
    const officialClaim = (claimCell || "NO_CLAIM") as OfficialClaimKey;
    if (!existing && !(OFFICIAL_CLAIMS as readonly string[]).includes(officialClaim))
      fail("official_claim", message("rowUnknownClaim", { value: officialClaim, allowed: OFFICIAL_CLAIMS.join(", ") }));

    const fields: CommitmentEdit = {
      title,
      summary,
      category: category as CategoryKey,
      responsibleBody,
      instruments,
      firstStatedOn,
      targetDate,
    };
    if (!existing) {
      const quote = cell(row, "quote") ?? "";
      const sourceTitle = cell(row, "source_title") ?? "";
      if (!quote) fail("quote", message("rowNeedsQuote"));
      if (!sourceTitle) fail("source_title", message("rowNeedsSourceTitle"));
      if (quote.length > MAX_TEXT.quote) fail("quote", message("tooLong", { max: MAX_TEXT.quote }));
      const rawUrl = cell(row, "source_url") ?? "";
      const sourceUrl = rawUrl ? toSafeHttpUrl(rawUrl) : null;
      if (rawUrl && !sourceUrl) fail("source_url", UNSAFE_URL_MESSAGE);
      if (errors.length > 0) {
        plan.errors.push(...errors);
        continue;
      }
      plan.operations.push({
        type: "create",
        rowNumber: row.rowNumber,
        slug,
        fields,
        officialClaim,
        quote: { text: quote, sourceTitle, sourceAuthor: cell(row, "source_author") || null, sourceUrl },
      });
      continue;
    }
    if (errors.length > 0) {
      plan.errors.push(...errors);
      continue;
    }
    const changes: FieldChange[] = [];
    const compare = (field: string, from: string, to: string) => {
      if (from !== to) changes.push({ field, from, to });
    };
    compare("title", existing.title, title);
    compare("summary", existing.summary, summary);
    compare("category", existing.category, category);
    compare("responsible_body", existing.responsibleBody, responsibleBody);
    compare("instruments", [...existing.instruments].sort().join("; "), instruments.join("; "));
    compare("first_stated_on", day(existing.firstStatedOn), day(firstStatedOn));
    compare("target_date", day(existing.targetDate), day(targetDate));
    if (changes.length === 0) plan.unchanged.push({ rowNumber: row.rowNumber, slug });
    else
      plan.operations.push({
        type: "update",
        rowNumber: row.rowNumber,
        slug,
        commitmentId: existing.id,
        version: existing.version,
        fields,
        changes,
      });
  }
}

const FIELD_NAMES: Record<string, StatusFieldKey> = {
  assessment: "ASSESSMENT",
  official_claim: "OFFICIAL_CLAIM",
  officialclaim: "OFFICIAL_CLAIM",
  claim: "OFFICIAL_CLAIM",
};

/** Accepts a status key (IMPLEMENTED) or its English label ("Implemented"), in any case. */
function readStatus(field: StatusFieldKey, value: string): string | null {
  const keys: readonly string[] = field === "ASSESSMENT" ? ASSESSMENTS : OFFICIAL_CLAIMS;
  const normalised = value
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, "_");
  if (keys.includes(normalised)) return normalised;
  const byLabel = keys.find(
    (key) =>
      (field === "ASSESSMENT"
        ? englishLabels.assessment(key as AssessmentKey)
        : englishLabels.officialClaim(key as OfficialClaimKey)
      ).toLowerCase() === value.trim().toLowerCase(),
  );
  return byLabel ?? null;
}

function* planStatuses(plan: ImportPlan, rows: ParsedRow[], current: CurrentState, cell: Cell): Generator<void> {
  // Statuses, and the dates of their latest changes, as they will be after the rows above are
  // applied (a file may move one status twice; its changes must go in date order too).
  type Pending = { officialClaim: string; assessment: string; latestChangeOn: Record<StatusFieldKey, Date | null> };
  const pending = new Map<string, Pending>();
  for (const row of rows) {
    yield;
    const errors: RowError[] = [];
    const fail = (column: string, message: string) => errors.push({ rowNumber: row.rowNumber, column, message });
    const slug = cell(row, "slug") ?? "";
    const existing = current.commitments.get(slug);
    if (!existing) fail("slug", slug ? message("rowNoSuchSlug", { slug }) : message("rowNeedsSlug"));
    const field = FIELD_NAMES[(cell(row, "field") ?? "").trim().toLowerCase().replace(/\s+/g, "_")];
    if (!field) fail("field", message("rowFieldName"));
    const to = field ? readStatus(field, cell(row, "new_value") ?? "") : null;
    if (field && !to)
      fail(
        "new_value",
        field === "ASSESSMENT"
          ? message("rowUnknownAssessment", { value: cell(row, "new_value") ?? "", allowed: ASSESSMENTS.join(", ") })
          : message("rowUnknownClaim", { value: cell(row, "new_value") ?? "", allowed: OFFICIAL_CLAIMS.join(", ") }),
      );
    let effectiveOn: Date | null = null;
    try {
      effectiveOn = parseImportDate(cell(row, "effective_on") ?? "");
      if (!effectiveOn) fail("effective_on", message("enterEffectiveDate"));
      else if (effectiveOn > current.today) fail("effective_on", message("futureDate"));
      // The same bounds as the status form and the write core, named here rather than at Apply.
      else if (effectiveOn < parseCalendarDate(EARLIEST_EFFECTIVE_DAY))
        fail("effective_on", message("effectiveBeforeIndependence", { date: EARLIEST_EFFECTIVE_DAY }));
      else if (existing?.firstStatedOn && effectiveOn < existing.firstStatedOn)
        fail("effective_on", message("effectiveBeforeStated", { date: day(existing.firstStatedOn) }));
    } catch (error) {
      fail("effective_on", (error as Error).message);
    }
    const state =
      existing &&
      (pending.get(slug) ?? {
        officialClaim: existing.officialClaim,
        assessment: existing.assessment,
        latestChangeOn: existing.latestChangeOn,
      });
    const latest = state && field ? state.latestChangeOn[field] : null;
    if (effectiveOn && latest && effectiveOn < latest)
      fail("effective_on", message("effectiveBeforeLatest", { date: day(latest) }));
    const justification = cell(row, "justification") ?? "";
    if (!justification) fail("justification", message("explainChange"));
    if (justification.length > MAX_TEXT.justification)
      fail("justification", message("tooLong", { max: MAX_TEXT.justification }));
    const reasonText = (cell(row, "reason_code") ?? "").trim().toLowerCase();
    const reasonCode: ReasonCode =
      reasonText === "" ? UNSPECIFIED_REASON : isReasonCode(reasonText) ? reasonText : UNSPECIFIED_REASON;
    if (reasonText !== "" && !isReasonCode(reasonText))
      fail(
        "reason_code",
        message("rowUnknownReason", { value: reasonText.slice(0, 80), allowed: CHOSEN_REASON_CODES.join(", ") }),
      );
    const urls: string[] = [];
    for (const raw of splitList(cell(row, "evidence_urls") ?? "", /[\s;]+/)) {
      const safe = toSafeHttpUrl(raw);
      if (!safe) fail("evidence_urls", message("rowUnsafeUrl", { url: raw.slice(0, 80), problem: UNSAFE_URL_MESSAGE }));
      else urls.push(safe);
    }
    if (
      field === "ASSESSMENT" &&
      to &&
      (ASSESSMENTS_REQUIRING_EVIDENCE as readonly string[]).includes(to) &&
      urls.length === 0
    ) {
      fail("evidence_urls", message("rowEvidenceRequired"));
    }
    if (!existing || !state || !field || !to || !effectiveOn || errors.length > 0) {
      plan.errors.push(...errors);
      continue;
    }
    const from = field === "ASSESSMENT" ? state.assessment : state.officialClaim;
    if (from === to) {
      plan.unchanged.push({ rowNumber: row.rowNumber, slug });
      continue;
    }
    // A proposal leaves the public status as it is: later rows on the field start from it too.
    const isProposal = field === "ASSESSMENT" ? current.review.reviewAssessments : current.review.reviewClaims;
    if (!isProposal) {
      const latestChangeOn = { ...state.latestChangeOn, [field]: effectiveOn };
      pending.set(
        slug,
        field === "ASSESSMENT"
          ? { ...state, assessment: to, latestChangeOn }
          : { ...state, officialClaim: to, latestChangeOn },
      );
    }
    const evidenceIds = urls.flatMap((url) =>
      existing.evidence
        .filter((item) => item.url === url)
        .map((item) => item.id)
        .slice(0, 1),
    );
    const newEvidenceUrls = urls.filter((url) => !existing.evidence.some((item) => item.url === url));
    plan.operations.push({
      type: "status",
      rowNumber: row.rowNumber,
      slug,
      commitmentId: existing.id,
      version: existing.version,
      field,
      from,
      to,
      effectiveOn,
      justification,
      reasonCode,
      evidenceIds: [...new Set(evidenceIds)],
      newEvidenceUrls: [...new Set(newEvidenceUrls)],
      isProposal,
    });
  }
}

/**
 * A fingerprint of everything a plan would do, and of the review settings it was made under: the
 * preview shown and the plan applied must match, so a settings change in between is caught too.
 */
export async function planDigest(plan: ImportPlan): Promise<string> {
  const bytes = new TextEncoder().encode(
    JSON.stringify({
      operations: plan.operations,
      unchanged: plan.unchanged,
      errors: plan.errors,
      review: plan.review,
    }),
  );
  const hash = await crypto.subtle.digest("SHA-256", bytes);
  return [...new Uint8Array(hash)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}
