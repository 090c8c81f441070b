import { timeSlicer } from "@/lib/time-slice";
import { guessTextLocale } from "@/lib/commitments/localize";
import { toSafeHttpUrl } from "@/lib/evidence/url";
import { message } from "@/lib/forms/messages";
import { isLocale } from "@/i18n/locales";
import { parseImportDate, splitList } from "@/lib/import/columns";
import type { ParsedRow } from "@/lib/import/parse";
import type { RowError } from "@/lib/import/plan";
import { normaliseHeader, recommendationField, UPR_INFO_MARKERS, type RecommendationField } from "./import-columns";
import { cycleOfSession, documentIdentity, textIdentity } from "./import-identity";
import { isLayout, type Layout } from "./import-layouts";
import { stateCode } from "./import-states";
import { PARAGRAPH_PATTERN, SDG_TARGET_PATTERN, SYMBOL_PATTERN, type ResponseKey } from "./vocabulary";

/** The vocabularies and the keys already stored, read by lib/recommendations/import-data.ts. */
export type RecommendationImportState = {
  /** Lower-cased code and English name → code. */
  mechanisms: Map<string, string>;
  mechanismKinds: Map<string, string>;
  sdgTargets: Set<string>;
  /** ISO codes of the states this install tracks (TRACKED_STATES); the first is assumed when a file names none. */
  trackedStates: string[];
  /** Which of these identity and text keys are stored already. */
  findExisting: (identityKeys: string[], textKeys: string[]) => Promise<Set<string>>;
};

export type PlannedRecommendation = {
  rowNumber: number;
  mechanismCode: string;
  cycle: string;
  symbol: string;
  paragraph: string;
  recommendingState: string;
  text: string;
  textLocale: string;
  textEn: string | null;
  textRu: string | null;
  textKk: string | null;
  issuedOn: Date | null;
  response: ResponseKey;
  themes: string[];
  affectedGroups: string[];
  sdgTargets: string[];
  sourceUrl: string | null;
  identityKey: string;
  textKey: string;
  stateUnderReview: string;
  recommendingStateCodes: string[];
  sdgGoals: number[];
  actionCategory: number | null;
};

/** An SDG target the file names that Uade does not list yet: added with the title the export gives. */
export type NewSdgTarget = { code: string; goal: number; title: string };

export type RecommendationPlan = {
  kind: "recommendations";
  layout: Layout;
  /** The tracked state a file without a state column was taken as (the preview says so), else null. */
  assumedState: string | null;
  creates: PlannedRecommendation[];
  /** Rows about a state this install does not track: skipped and counted, not errors. */
  skipped: { rowNumber: number; state: string }[];
  /** Well-formed SDG targets (goals 1–17) the vocabulary lacks, added when the import is confirmed. */
  newSdgTargets: NewSdgTarget[];
  /** Rows already stored (same identity, or the same recommendation from another layout): left as they are. */
  unchanged: { rowNumber: number; symbol: string; paragraph: string }[];
  errors: RowError[];
  ignoredColumns: string[];
  missingColumns: string[];
};

const LIMITS = { text: 10_000, cycle: 100, recommending_state: 200, item: 300 } as const;

const RESPONSE_WORDS: Record<string, ResponseKey> = {
  supported: "SUPPORTED",
  accepted: "SUPPORTED",
  поддержана: "SUPPORTED",
  поддержано: "SUPPORTED",
  noted: "NOTED",
  "принята к сведению": "NOTED",
  "принято к сведению": "NOTED",
  "supported in part": "SUPPORTED_IN_PART",
  "partially supported": "SUPPORTED_IN_PART",
  "partially accepted": "SUPPORTED_IN_PART",
  "поддержана частично": "SUPPORTED_IN_PART",
  "частично поддержана": "SUPPORTED_IN_PART",
  // The thematic lists' "Supported/Noted": supported in part, noted in part.
  "supported/noted": "SUPPORTED_IN_PART",
  "supported / noted": "SUPPORTED_IN_PART",
  // UPR Info's classic export.
  rejected: "NOTED",
  "no response": "NONE",
  "general response": "NONE",
  pending: "NONE",
};

const clean = (value: string) => value.replace(/\s+/g, " ").trim();
/** UHRI writes every value as a list item, "- CEDAW", even where there is one. */
const unbullet = (value: string) => value.replace(/^\s*[-–•]\s+/, "");
/** A one-value cell: white space collapsed, a leading "- " dropped. */
const single = (value: string) => clean(unbullet(value));
/** Themes and groups are separated by ";", "|" or new lines (their names contain commas); UHRI puts each on a "- " line. */
const splitItems = (value: string) =>
  splitList(value, /[;|\n\r]+/)
    .map(single)
    .filter((item) => item !== "");

/**
 * UHRI's export has no paragraph column: the number starts the text, "118.23 Ratify …" for the UPR,
 * or follows the section heading for treaty bodies, "Rural women 49. The Committee …". Null when
 * neither shape is there (the row then needs a Paragraph column).
 */
export function paragraphFromText(text: string): string | null {
  const upr = /^\s*(\d{1,4}\.\d{1,4})(?=[\s.:)]|$)/.exec(text);
  if (upr) return upr[1]!;
  const treaty = /(?:^|\s)(\d{1,4})\.\s*(?=[\p{Lu}«"“(])/u.exec(text.slice(0, 300));
  return treaty ? treaty[1]! : null;
}

/** Excel's day number (UHRI's dates in a workbook saved as CSV): 1 is 1900-01-01, with Lotus's leap-year bug. */
function excelSerialDate(value: string): string | null {
  if (!/^\d{5}(?:\.\d+)?$/.test(value.trim())) return null;
  const days = Math.floor(Number(value));
  if (days < 20_000 || days > 80_000) return null;
  return new Date(Date.UTC(1899, 11, 30) + days * 86_400_000).toISOString().slice(0, 10);
}

/** One SDG item: "16.3", "16.3 - Promote the rule of law", "- 1.4 - Equal rights to economic resources". */
const SDG_ITEM = /^(\d{1,2})\.(\d{1,2}|[a-c])(?![\d.])\s*(?:[-–:]\s*(.*))?$/;
/** One SDG goal, as the thematic lists and UHRI's JSON name them: "16 - PEACE, JUSTICE AND STRONG INSTITUTIONS", "Goal 5". */
const SDG_GOAL = /^(?:goal\s*)?(\d{1,2})(?:\s*[-–:]\s*(.*))?$/i;

/** Whether a code can be an SDG target: goals 1 to 17, targets numbered up to 19 or lettered a to c. */
function isPossibleTarget(goal: number, target: string): boolean {
  return goal >= 1 && goal <= 17 && (/^[a-c]$/.test(target) || (Number(target) >= 1 && Number(target) <= 19));
}

type SdgItem = { code: string; goal: number; title: string };

/** The SDG targets and goals of a cell, with the title the export gives each target. */
function readSdgCell(value: string): { targets: SdgItem[]; goals: number[]; bad: string | null } {
  const found = new Map<string, SdgItem>();
  const goals = new Set<number>();
  let bad: string | null = null;
  for (const item of splitList(value, /[;|\n\r]+/).map(single)) {
    const match = SDG_ITEM.exec(item);
    if (match) {
      const code = `${match[1]}.${match[2]}`;
      if (!found.has(code))
        found.set(code, { code, goal: Number(match[1]), title: clean(match[3] ?? "").slice(0, 300) });
      continue;
    }
    const goal = SDG_GOAL.exec(item);
    if (goal && Number(goal[1]) >= 1 && Number(goal[1]) <= 17) {
      goals.add(Number(goal[1]));
      continue;
    }
    // Older files list bare codes separated by commas or spaces: "16.3, 5.2".
    const codes = item.match(/\b\d{1,2}\.(?:\d{1,2}|[a-c])\b/g) ?? [];
    if (codes.length === 0) bad ??= item;
    for (const code of codes)
      if (!found.has(code)) found.set(code, { code, goal: Number(code.split(".")[0]), title: "" });
  }
  return { targets: [...found.values()], goals: [...goals].sort((a, b) => a - b), bad };
}

/** English ordinal cycle names as the exports write them ("3rd cycle"). */
function cycleName(cycle: number): string {
  const suffix = cycle === 1 ? "st" : cycle === 2 ? "nd" : cycle === 3 ? "rd" : "th";
  return `${cycle}${suffix} cycle`;
}

type FileToPlan = { headers: string[]; rows: ParsedRow[]; layout?: string };
type Candidate = { row: PlannedRecommendation; keys: [string, string] };

/**
 * Checks every row of an export and plans what to create. A row with any problem is listed with
 * its row number, column and reason; a plan with errors writes nothing unless the person chooses
 * to import the rows without problems (withoutProblemRows). Rows about states the install does not
 * track are skipped and counted; rows already stored, by either identity, are left as they are.
 */
export async function planRecommendationImport(
  file: FileToPlan,
  state: RecommendationImportState,
  /** Identities met in earlier slices of the same file, when it is planned a slice at a time (the command line's streaming import). */
  seen: Map<string, number> = new Map(),
): Promise<RecommendationPlan> {
  const { headers, rows } = file;
  const columnOf = new Map<RecommendationField, string>();
  const ignoredColumns: string[] = [];
  for (const header of headers) {
    const field = recommendationField(header);
    if (field && !columnOf.has(field)) columnOf.set(field, header);
    else if (header !== "" && !(UPR_INFO_MARKERS as readonly string[]).includes(normaliseHeader(header)))
      ignoredColumns.push(header);
  }
  const layout: Layout = isLayout(file.layout)
    ? file.layout
    : headers.some((header) => (UPR_INFO_MARKERS as readonly string[]).includes(normaliseHeader(header)))
      ? "upr-info"
      : "uhri";
  const isUprOnly = layout !== "uhri" && layout !== "uhri-json";
  const required: RecommendationField[] = isUprOnly ? ["text"] : ["mechanism", "text"];
  const missingColumns = required.filter((field) => !columnOf.has(field));
  const hasStateColumn = columnOf.has("state_under_review");
  const plan: RecommendationPlan = {
    kind: "recommendations",
    layout,
    assumedState: hasStateColumn ? null : (state.trackedStates[0] ?? "KZ"),
    creates: [],
    skipped: [],
    newSdgTargets: [],
    unchanged: [],
    errors: [],
    ignoredColumns,
    missingColumns,
  };
  const newTargets = new Map<string, NewSdgTarget>();
  if (missingColumns.length > 0) return plan;

  const candidates: Candidate[] = [];
  // A slice of rows at a time: 10,000 rows planned in one go held the event loop over a second (measured).
  const slice = timeSlicer();
  for (const row of rows) {
    await slice();
    const errors: RowError[] = [];
    const cell = (field: RecommendationField) => {
      const header = columnOf.get(field);
      return header ? (row.values[header] ?? "") : "";
    };
    const fail = (field: RecommendationField, text: string) =>
      errors.push({ rowNumber: row.rowNumber, column: columnOf.get(field) ?? field, message: text });
    const tooLong = (field: RecommendationField, value: string, max: number) => {
      if (value.length <= max) return false;
      fail(field, message("tooLong", { max }));
      return true;
    };

    // The state under review: rows about states this install does not track are skipped, not errors.
    let stateUnderReview = plan.assumedState ?? "";
    if (hasStateColumn) {
      const named = splitItems(cell("state_under_review"));
      const codes = named.map((name) => stateCode(name) ?? name);
      const tracked = codes.find((code) => state.trackedStates.includes(code));
      if (!tracked) {
        plan.skipped.push({ rowNumber: row.rowNumber, state: named.join("; ").slice(0, 100) });
        continue;
      }
      stateUnderReview = tracked;
    }

    // UHRI lists a special procedure twice, "- IE Albinism" and "- Special Procedures": the first listed name counts.
    const mechanismItems = splitItems(cell("mechanism"));
    // A code may come with a space for its hyphen ("SR Torture" for SR-TORTURE).
    const lookUp = (name: string) =>
      state.mechanisms.get(name.toLowerCase()) ?? state.mechanisms.get(name.toLowerCase().replace(/\s+/g, "-"));
    const mechanismCell = mechanismItems.find((item) => lookUp(item) !== undefined) ?? mechanismItems[0] ?? "";
    const mechanismCode = isUprOnly && mechanismCell === "" ? "UPR" : lookUp(mechanismCell);
    if (mechanismCell === "" && !isUprOnly) fail("mechanism", message("rowColumnEmpty"));
    else if (!mechanismCode) fail("mechanism", message("recUnknownMechanism", { value: mechanismCell.slice(0, 100) }));
    const isUpr = mechanismCode !== undefined && state.mechanismKinds.get(mechanismCode) === "UPR";

    // A symbol and paragraph identify a recommendation; files that give neither are identified by content.
    const symbol = single(cell("symbol"));
    if (symbol !== "" && !SYMBOL_PATTERN.test(symbol))
      fail("symbol", message("recSymbolFormat", { value: symbol.slice(0, 100) }));
    else if (symbol === "" && columnOf.has("symbol") && !isUprOnly) fail("symbol", message("rowColumnEmpty"));

    const givenParagraph = columnOf.has("paragraph") ? single(cell("paragraph")) : null;
    const paragraph = givenParagraph || (paragraphFromText(cell("text")) ?? "");
    if (paragraph === "" && symbol !== "")
      fail("paragraph", message(givenParagraph === null ? "recParagraphNotInText" : "rowColumnEmpty"));
    else if (paragraph !== "" && !PARAGRAPH_PATTERN.test(paragraph))
      fail("paragraph", message("recParagraphNumber", { value: paragraph.slice(0, 40) }));

    // A UPR recommendation several states made together: "- Maldives" and "- Portugal" on two lines.
    const stateNames = splitItems(cell("recommending_state"));
    const recommendingState = stateNames.join("; ");
    tooLong("recommending_state", recommendingState, LIMITS.recommending_state);
    if (mechanismCode && !isUpr && recommendingState !== "") fail("recommending_state", message("recStateOnlyUpr"));
    const recommendingStateCodes = stateNames.map((name) => stateCode(name) ?? "").filter((code) => code !== "");

    const text = cell("text").trim();
    if (text === "") fail("text", message("recTextMissing"));
    else tooLong("text", text, LIMITS.text);
    const translations = {
      textEn: cell("text_en").trim() || null,
      textRu: cell("text_ru").trim() || null,
      textKk: cell("text_kk").trim() || null,
    };
    for (const [field, value] of [
      ["text_en", translations.textEn],
      ["text_ru", translations.textRu],
      ["text_kk", translations.textKk],
    ] as const) {
      if (value) tooLong(field, value, LIMITS.text);
    }
    const languageCell = single(cell("text_language")).toLowerCase();
    if (languageCell !== "" && !isLocale(languageCell))
      fail("text_language", message("recTextLanguage", { value: languageCell.slice(0, 20) }));
    const textLocale = isLocale(languageCell) ? languageCell : guessTextLocale(text);

    // A UPR session names its cycle (sessions 1–12: 1st cycle … 41 on: 4th).
    const sessionCycle = isUpr ? cycleOfSession(single(cell("upr_session"))) : null;
    const cycle = single(cell("cycle")) || (sessionCycle ? cycleName(sessionCycle) : single(cell("upr_session")));
    tooLong("cycle", cycle, LIMITS.cycle);

    let issuedOn: Date | null = null;
    try {
      const dateCell = single(cell("date"));
      issuedOn = parseImportDate(excelSerialDate(dateCell) ?? dateCell);
    } catch (error) {
      fail("date", error instanceof RangeError ? error.message : message("invalidValue"));
    }

    const responseCell = single(cell("response")).toLowerCase();
    let response: ResponseKey = "NONE";
    if (responseCell !== "" && responseCell !== "none") {
      const found = RESPONSE_WORDS[responseCell];
      if (!found) fail("response", message("recUnknownResponse", { value: responseCell.slice(0, 60) }));
      else if (mechanismCode && !isUpr && found !== "NONE") fail("response", message("recResponseOnlyUpr"));
      else response = found;
    }

    const actionCell = single(cell("action_category"));
    const actionCategory = /^[1-5]$/.test(actionCell) ? Number(actionCell) : null;
    if (actionCell !== "" && actionCategory === null)
      fail("action_category", message("recActionCategory", { value: actionCell.slice(0, 20) }));

    // The classic export separates issues with commas; every other layout with ";" or new lines.
    const themes =
      layout === "upr-info-classic"
        ? splitList(cell("themes"), /[,;\n]+/).map(single)
        : splitItems(cell("themes")).filter((item) => item !== "");
    const affectedGroups = splitItems(cell("affected_groups"));
    for (const item of themes) if (tooLong("themes", item, LIMITS.item)) break;
    for (const item of affectedGroups) if (tooLong("affected_groups", item, LIMITS.item)) break;

    const sdgCell = cell("sdg_targets");
    const sdg = readSdgCell(sdgCell);
    const sdgTargets = sdg.targets.map((item) => item.code);
    if (sdg.bad !== null) fail("sdg_targets", message("recSdgFormat", { value: sdg.bad.slice(0, 60) }));
    const rowNewTargets: NewSdgTarget[] = [];
    for (const item of sdg.targets) {
      if (state.sdgTargets.has(item.code)) continue;
      // A real target the vocabulary lacks (UHRI tags all 169) is added with the export's title; an impossible code is an error.
      if (SDG_TARGET_PATTERN.test(item.code) && isPossibleTarget(item.goal, item.code.split(".")[1]!))
        rowNewTargets.push(item);
      else fail("sdg_targets", message("recUnknownSdg", { code: item.code }));
    }

    const urlCell = cell("url").trim();
    const sourceUrl = urlCell === "" ? null : toSafeHttpUrl(urlCell);
    if (urlCell !== "" && !sourceUrl) fail("url", message("unsafeUrl"));

    if (errors.length > 0 || !mechanismCode) {
      plan.errors.push(...errors);
      continue;
    }
    const storedState = isUpr ? recommendingState : "";
    const stateKeys = recommendingStateCodes.length === stateNames.length ? recommendingStateCodes : stateNames;
    const textKey = textIdentity(mechanismCode, cycle, isUpr ? stateKeys : [], text);
    const identityKey = symbol !== "" && paragraph !== "" ? documentIdentity(symbol, paragraph, storedState) : textKey;
    const earlier = seen.get(identityKey) ?? seen.get(textKey);
    if (earlier !== undefined) {
      plan.errors.push({
        rowNumber: row.rowNumber,
        column: columnOf.get(symbol !== "" ? "paragraph" : "text") ?? "text",
        message: message("recDuplicateRow", { row: earlier }),
      });
      continue;
    }
    seen.set(identityKey, row.rowNumber);
    seen.set(textKey, row.rowNumber);
    for (const target of rowNewTargets) {
      const known = newTargets.get(target.code);
      if (!known) newTargets.set(target.code, target);
      else if (known.title === "" && target.title !== "") known.title = target.title;
    }
    candidates.push({
      keys: [identityKey, textKey],
      row: {
        rowNumber: row.rowNumber,
        mechanismCode,
        cycle,
        symbol,
        paragraph,
        recommendingState: storedState,
        text,
        textLocale,
        ...translations,
        issuedOn,
        response,
        themes: [...new Set(themes)],
        affectedGroups: [...new Set(affectedGroups)],
        sdgTargets,
        sourceUrl,
        identityKey,
        textKey,
        stateUnderReview,
        recommendingStateCodes: isUpr ? recommendingStateCodes : [],
        sdgGoals: sdg.goals,
        actionCategory,
      },
    });
  }
  const existing = await state.findExisting(
    candidates.map((candidate) => candidate.keys[0]),
    candidates.map((candidate) => candidate.keys[1]),
  );
  for (const { row, keys } of candidates) {
    if (existing.has(keys[0]) || existing.has(keys[1]))
      plan.unchanged.push({ rowNumber: row.rowNumber, symbol: row.symbol, paragraph: row.paragraph });
    else plan.creates.push(row);
  }
  const used = new Set(plan.creates.flatMap((row) => row.sdgTargets));
  plan.newSdgTargets = [...newTargets.values()]
    .filter((target) => used.has(target.code))
    .sort((a, b) => a.goal - b.goal || a.code.localeCompare(b.code, "en", { numeric: true }));
  return plan;
}

/**
 * The plan without its problem rows, for "import the rows without problems": the rows with
 * problems are left out; their numbers come back as `problemRows` (audited; the rows download as CSV).
 */
export function withoutProblemRows(plan: RecommendationPlan): RecommendationPlan & { problemRows: number[] } {
  const problemRows = [...new Set(plan.errors.map((error) => error.rowNumber))];
  return { ...plan, errors: [], problemRows };
}
