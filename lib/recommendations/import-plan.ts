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

export type RecommendationPlan = {
  kind: "recommendations";
  layout: "uhri" | "upr-info";
  creates: PlannedRecommendation[];
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
/** Themes and groups are separated by ";", "|" or new lines (their names contain commas). */
const splitItems = (value: string) => splitList(value, /[;|\n\r]+/).map(clean);

/**
 * Checks every row of an export and plans what to create. A row with any problem is listed with
 * its row number, column and reason; a plan with errors writes nothing (the page offers no confirm).
 */
export function planRecommendationImport(headers: string[], rows: ParsedRow[], state: RecommendationImportState): RecommendationPlan {
  const columnOf = new Map<RecommendationField, string>();
  const ignoredColumns: string[] = [];
  for (const header of headers) {
    const field = recommendationField(header);
    if (field && !columnOf.has(field)) columnOf.set(field, header);
    else if (header !== "" && !(UPR_INFO_MARKERS as readonly string[]).includes(normaliseHeader(header))) ignoredColumns.push(header);
  }
  const layout = headers.some((header) => (UPR_INFO_MARKERS as readonly string[]).includes(normaliseHeader(header))) ? "upr-info" : "uhri";
  const required: RecommendationField[] = layout === "upr-info" ? ["symbol", "paragraph", "text", "recommending_state"] : ["mechanism", "symbol", "paragraph", "text"];
  const missingColumns = required.filter((field) => !columnOf.has(field));
  const plan: RecommendationPlan = { kind: "recommendations", layout, creates: [], unchanged: [], errors: [], ignoredColumns, missingColumns };
  if (missingColumns.length > 0) return plan;

  const seen = new Map<string, number>();
  for (const row of rows) {
    const errors: RowError[] = [];
    const cell = (field: RecommendationField) => {
      const header = columnOf.get(field);
      return header ? (row.values[header] ?? "") : "";
    };
    const fail = (field: RecommendationField, text: string) => errors.push({ rowNumber: row.rowNumber, column: columnOf.get(field) ?? field, message: text });
    const tooLong = (field: RecommendationField, value: string, max: number) => {
      if (value.length <= max) return false;
      fail(field, message("tooLong", { max }));
      return true;
    };

    const mechanismCell = clean(cell("mechanism"));
    const mechanismCode = layout === "upr-info" && mechanismCell === "" ? "UPR" : state.mechanisms.get(mechanismCell.toLowerCase());
    if (mechanismCell === "" && layout !== "upr-info") fail("mechanism", message("rowColumnEmpty"));
    else if (!mechanismCode) fail("mechanism", message("recUnknownMechanism", { value: mechanismCell.slice(0, 100) }));
    const isUpr = mechanismCode !== undefined && state.mechanismKinds.get(mechanismCode) === "UPR";

    const symbol = clean(cell("symbol"));
    if (symbol === "") fail("symbol", message("rowColumnEmpty"));
    else if (!SYMBOL_PATTERN.test(symbol)) fail("symbol", message("recSymbolFormat", { value: symbol.slice(0, 100) }));

    const paragraph = clean(cell("paragraph"));
    if (paragraph === "") fail("paragraph", message("rowColumnEmpty"));
    else if (!PARAGRAPH_PATTERN.test(paragraph)) fail("paragraph", message("recParagraphNumber", { value: paragraph.slice(0, 40) }));

    const recommendingState = clean(cell("recommending_state"));
    tooLong("recommending_state", recommendingState, LIMITS.recommending_state);
    if (mechanismCode && !isUpr && recommendingState !== "") fail("recommending_state", message("recStateOnlyUpr"));

    const text = cell("text").trim();
    if (text === "") fail("text", message("recTextMissing"));
    else tooLong("text", text, LIMITS.text);
    const translations = { textEn: cell("text_en").trim() || null, textRu: cell("text_ru").trim() || null, textKk: cell("text_kk").trim() || null };
    for (const [field, value] of [["text_en", translations.textEn], ["text_ru", translations.textRu], ["text_kk", translations.textKk]] as const) {
      if (value) tooLong(field, value, LIMITS.text);
    }
    const languageCell = clean(cell("text_language")).toLowerCase();
    if (languageCell !== "" && !isLocale(languageCell)) fail("text_language", message("recTextLanguage", { value: languageCell.slice(0, 20) }));
    const textLocale = isLocale(languageCell) ? languageCell : guessTextLocale(text);

    const cycle = clean(cell("cycle"));
    tooLong("cycle", cycle, LIMITS.cycle);

    let issuedOn: Date | null = null;
    try {
      issuedOn = parseImportDate(cell("date"));
    } catch (error) {
      fail("date", error instanceof RangeError ? error.message : message("invalidValue"));
    }

    const responseCell = clean(cell("response")).toLowerCase();
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
    const sdgTargets = [...new Set(sdgCell.match(/\b\d{1,2}\.(?:\d{1,2}|[a-c])\b/g) ?? [])];
    if (sdgCell.trim() !== "" && sdgTargets.length === 0) fail("sdg_targets", message("recSdgFormat", { value: sdgCell.slice(0, 60) }));
    for (const code of sdgTargets) {
      if (!SDG_TARGET_PATTERN.test(code) || !state.sdgTargets.has(code)) fail("sdg_targets", message("recUnknownSdg", { code }));
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
  return plan;
}
