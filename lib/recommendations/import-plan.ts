import { setImmediate as nextTurn } from "node:timers/promises";
import { guessTextLocale } from "@/lib/commitments/localize";
import { toSafeHttpUrl } from "@/lib/evidence/url";
import { message } from "@/lib/forms/messages";
import { isLocale } from "@/i18n/locales";
import { parseImportDate, splitList } from "@/lib/import/columns";
import type { ParsedRow } from "@/lib/import/parse";
import type { RowError } from "@/lib/import/plan";
import { normaliseHeader, recommendationField, UPR_INFO_MARKERS, type RecommendationField } from "./import-columns";
import { PARAGRAPH_PATTERN, SDG_TARGET_PATTERN, SYMBOL_PATTERN, type ResponseKey } from "./vocabulary";

/** The vocabularies and the keys already stored, read by lib/recommendations/import-data.ts. */
export type RecommendationImportState = {
  /** Lower-cased code and English name → code. */
  mechanisms: Map<string, string>;
  mechanismKinds: Map<string, string>;
  sdgTargets: Set<string>;
  /** dedupeKey() of every stored recommendation the file names. */
  existingKeys: Set<string>;
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
};

/** An SDG target the file names that Uade does not list yet: added with the title the export gives. */
export type NewSdgTarget = { code: string; goal: number; title: string };

export type RecommendationPlan = {
  kind: "recommendations";
  layout: "uhri" | "upr-info";
  creates: PlannedRecommendation[];
  /** Well-formed SDG targets (goals 1–17) the vocabulary lacks, added when the import is confirmed. */
  newSdgTargets: NewSdgTarget[];
  /** Rows already in the database (same symbol, paragraph and recommending state): left as they are. */
  unchanged: { rowNumber: number; symbol: string; paragraph: string }[];
  errors: RowError[];
  ignoredColumns: string[];
  missingColumns: string[];
};

/** The deduplication key: (symbol, paragraph, recommending state). */
export function dedupeKey(symbol: string, paragraph: string, recommendingState: string): string {
  return `${symbol}\u0000${paragraph}\u0000${recommendingState}`;
}

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

/** Whether a code can be an SDG target: goals 1 to 17, targets numbered up to 19 or lettered a to c. */
function isPossibleTarget(goal: number, target: string): boolean {
  return goal >= 1 && goal <= 17 && (/^[a-c]$/.test(target) || (Number(target) >= 1 && Number(target) <= 19));
}

/** The SDG targets of a cell, with the title the export gives each (UHRI: "16.3 - Promote the rule of law"). */
function readSdgCell(value: string): { code: string; goal: number; title: string }[] {
  const found = new Map<string, { code: string; goal: number; title: string }>();
  for (const item of splitList(value, /[;|\n\r]+/).map(single)) {
    const match = SDG_ITEM.exec(item);
    if (match) {
      const code = `${match[1]}.${match[2]}`;
      if (!found.has(code))
        found.set(code, { code, goal: Number(match[1]), title: clean(match[3] ?? "").slice(0, 300) });
      continue;
    }
    // Older files list bare codes separated by commas or spaces: "16.3, 5.2".
    for (const code of item.match(/\b\d{1,2}\.(?:\d{1,2}|[a-c])\b/g) ?? [])
      if (!found.has(code)) found.set(code, { code, goal: Number(code.split(".")[0]), title: "" });
  }
  return [...found.values()];
}

/**
 * Checks every row of an export and plans what to create. A row with any problem is listed with
 * its row number, column and reason; a plan with errors writes nothing (the page offers no confirm).
 */
export async function planRecommendationImport(
  headers: string[],
  rows: ParsedRow[],
  state: RecommendationImportState,
): Promise<RecommendationPlan> {
  const columnOf = new Map<RecommendationField, string>();
  const ignoredColumns: string[] = [];
  for (const header of headers) {
    const field = recommendationField(header);
    if (field && !columnOf.has(field)) columnOf.set(field, header);
    else if (header !== "" && !(UPR_INFO_MARKERS as readonly string[]).includes(normaliseHeader(header)))
      ignoredColumns.push(header);
  }
  const layout = headers.some((header) => (UPR_INFO_MARKERS as readonly string[]).includes(normaliseHeader(header)))
    ? "upr-info"
    : "uhri";
  // UHRI's own export has no paragraph column (the number starts the text); other files must have one.
  const required: RecommendationField[] =
    layout === "upr-info" ? ["symbol", "paragraph", "text", "recommending_state"] : ["mechanism", "symbol", "text"];
  const missingColumns = required.filter((field) => !columnOf.has(field));
  const plan: RecommendationPlan = {
    kind: "recommendations",
    layout,
    creates: [],
    newSdgTargets: [],
    unchanged: [],
    errors: [],
    ignoredColumns,
    missingColumns,
  };
  const newTargets = new Map<string, NewSdgTarget>();
  if (missingColumns.length > 0) return plan;

  const seen = new Map<string, number>();
  for (const [index, row] of rows.entries()) {
    // A slice of rows at a time: 10,000 rows planned in one go held the event loop over a second (measured).
    if (index % 200 === 199) await nextTurn();
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

    // UHRI lists a special procedure twice, "- IE Albinism" and "- Special Procedures": the first listed name counts.
    const mechanismItems = splitItems(cell("mechanism"));
    // A code may come with a space for its hyphen ("SR Torture" for SR-TORTURE).
    const lookUp = (name: string) =>
      state.mechanisms.get(name.toLowerCase()) ?? state.mechanisms.get(name.toLowerCase().replace(/\s+/g, "-"));
    const mechanismCell = mechanismItems.find((item) => lookUp(item) !== undefined) ?? mechanismItems[0] ?? "";
    const mechanismCode = layout === "upr-info" && mechanismCell === "" ? "UPR" : lookUp(mechanismCell);
    if (mechanismCell === "" && layout !== "upr-info") fail("mechanism", message("rowColumnEmpty"));
    else if (!mechanismCode) fail("mechanism", message("recUnknownMechanism", { value: mechanismCell.slice(0, 100) }));
    const isUpr = mechanismCode !== undefined && state.mechanismKinds.get(mechanismCode) === "UPR";

    const symbol = single(cell("symbol"));
    if (symbol === "") fail("symbol", message("rowColumnEmpty"));
    else if (!SYMBOL_PATTERN.test(symbol)) fail("symbol", message("recSymbolFormat", { value: symbol.slice(0, 100) }));

    const paragraph = columnOf.has("paragraph") ? single(cell("paragraph")) : (paragraphFromText(cell("text")) ?? "");
    if (paragraph === "")
      fail("paragraph", message(columnOf.has("paragraph") ? "rowColumnEmpty" : "recParagraphNotInText"));
    else if (!PARAGRAPH_PATTERN.test(paragraph))
      fail("paragraph", message("recParagraphNumber", { value: paragraph.slice(0, 40) }));

    // A UPR recommendation several states made together: "- Maldives" and "- Portugal" on two lines.
    const recommendingState = splitItems(cell("recommending_state")).join("; ");
    tooLong("recommending_state", recommendingState, LIMITS.recommending_state);
    if (mechanismCode && !isUpr && recommendingState !== "") fail("recommending_state", message("recStateOnlyUpr"));

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

    const cycle = single(cell("cycle"));
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
      else if (mechanismCode && !isUpr) fail("response", message("recResponseOnlyUpr"));
      else response = found;
    }

    const themes = splitItems(cell("themes"));
    const affectedGroups = splitItems(cell("affected_groups"));
    for (const item of themes) if (tooLong("themes", item, LIMITS.item)) break;
    for (const item of affectedGroups) if (tooLong("affected_groups", item, LIMITS.item)) break;

    const sdgCell = cell("sdg_targets");
    const sdgItems = readSdgCell(sdgCell);
    const sdgTargets = sdgItems.map((item) => item.code);
    if (sdgCell.trim() !== "" && sdgTargets.length === 0)
      fail("sdg_targets", message("recSdgFormat", { value: sdgCell.slice(0, 60) }));
    const rowNewTargets: NewSdgTarget[] = [];
    for (const item of sdgItems) {
      if (state.sdgTargets.has(item.code)) continue;
      // A real target the vocabulary lacks (UHRI tags all 169) is added with the export's title; an impossible code is an error.
      if (SDG_TARGET_PATTERN.test(item.code) && isPossibleTarget(item.goal, item.code.split(".")[1]!))
        rowNewTargets.push(item);
      else fail("sdg_targets", message("recUnknownSdg", { code: item.code }));
    }

    const urlCell = cell("url").trim();
    const sourceUrl = urlCell === "" ? null : toSafeHttpUrl(urlCell);
    if (urlCell !== "" && !sourceUrl) fail("url", message("unsafeUrl"));

    if (errors.length === 0 && mechanismCode) {
      const key = dedupeKey(symbol, paragraph, isUpr ? recommendingState : "");
      const earlier = seen.get(key);
      if (earlier !== undefined) fail("paragraph", message("recDuplicateRow", { row: earlier }));
      else seen.set(key, row.rowNumber);
      if (errors.length === 0 && state.existingKeys.has(key)) {
        plan.unchanged.push({ rowNumber: row.rowNumber, symbol, paragraph });
        continue;
      }
    }
    if (errors.length > 0 || !mechanismCode) {
      plan.errors.push(...errors);
      continue;
    }
    for (const target of rowNewTargets) {
      const known = newTargets.get(target.code);
      if (!known) newTargets.set(target.code, target);
      else if (known.title === "" && target.title !== "") known.title = target.title;
    }
    plan.creates.push({
      rowNumber: row.rowNumber,
      mechanismCode,
      cycle,
      symbol,
      paragraph,
      recommendingState: isUpr ? recommendingState : "",
      text,
      textLocale,
      ...translations,
      issuedOn,
      response,
      themes: [...new Set(themes)],
      affectedGroups: [...new Set(affectedGroups)],
      sdgTargets,
      sourceUrl,
    });
  }
  plan.newSdgTargets = [...newTargets.values()].sort(
    (a, b) => a.goal - b.goal || a.code.localeCompare(b.code, "en", { numeric: true }),
  );
  return plan;
}
