import "server-only";
import { DEFAULT_LOCALE, type Locale } from "@/i18n/locales";
import { today } from "@/lib/calendar";
import { parseEnv } from "@/lib/env";
import { getSiteUrl } from "@/lib/site-url";
import { readTermDictionary } from "@/lib/vocabularies/data";
import { translateTerm } from "@/lib/vocabularies/terms";
import { getMechanism, getMechanismSummary } from "../data";
import { mechanismName } from "../vocabulary";
import { buildShadowTable, type ShadowContext } from "./build-table";
import { readShadowPreview, readShadowRecommendations, streamShadowRecommendations, summariseShadowRows } from "./data";
import type { ShadowColumn, ShadowTable } from "./table";

export type ShadowParams = { mechanism: string; cycle: string | null };

/** Reads ?mechanism= (required) and ?cycle= (optional); null when the mechanism is missing or malformed. */
export function readShadowParams(params: URLSearchParams): ShadowParams | null {
  const mechanism = (params.get("mechanism") ?? "").trim();
  const cycle = (params.get("cycle") ?? "").trim();
  if (!/^[A-Z][A-Z-]{1,20}$/.test(mechanism) || cycle.length > 100) return null;
  return { mechanism, cycle: cycle === "" ? null : cycle };
}

/** A report's words and places without its summary: ShadowContext less what the rows sum up. */
export type ShadowReportContext = Omit<ShadowContext, "summary">;

/** The summary of a report not summed up yet (the CSV carries none; streamed exports count theirs first). */
export const NO_SUMMARY: ShadowContext["summary"] = { total: 0, responses: {}, assessments: {}, linkedCommitments: 0 };

/** The context of one mechanism and cycle's report in `locale`; null for an unknown mechanism. */
export async function readShadowContext(
  params: ShadowParams,
  locale: Locale = DEFAULT_LOCALE,
  { withThemes = true } = {},
): Promise<ShadowReportContext | null> {
  const mechanism = await getMechanism(params.mechanism);
  if (!mechanism) return null;
  const terms = withThemes ? await readTermDictionary() : null;
  return {
    locale,
    siteUrl: getSiteUrl(),
    organisation: parseEnv().ORGANISATION_NAME,
    mechanism: { code: mechanism.code, kind: mechanism.kind, name: mechanismName(mechanism, locale) },
    cycle: params.cycle,
    ...(terms ? { themeName: (theme: string) => translateTerm(terms, "THEME", theme, locale) } : {}),
    madeOn: today(),
  };
}

type ShadowTableResult = {
  table: ShadowTable;
  rowCount: number;
  summary: Awaited<ReturnType<typeof getMechanismSummary>>;
  kind: string;
};

/**
 * The whole shadow-report table for one mechanism and cycle in `locale`; null for an unknown
 * mechanism. The downloads stream instead (stream-report.ts, streamShadowTable) and the page
 * previews (makeShadowPreview): this is their reference in tests.
 */
export async function makeShadowTable(
  params: ShadowParams,
  locale: Locale = DEFAULT_LOCALE,
): Promise<ShadowTableResult | null> {
  const context = await readShadowContext(params, locale);
  if (!context) return null;
  const recommendations = await readShadowRecommendations(context.mechanism.code, params.cycle);
  const summary = summariseShadowRows(recommendations);
  const table = buildShadowTable(recommendations, { ...context, summary });
  return { table, rowCount: recommendations.length, summary, kind: context.mechanism.kind };
}

/**
 * The page's preview: the summary counted by the database, the number of rows, and only the first
 * `limit` rows read in full, so previewing a mechanism's 150,000 recommendations reads 50 of them.
 */
export async function makeShadowPreview(
  params: ShadowParams,
  locale: Locale,
  limit: number,
): Promise<ShadowTableResult | null> {
  const context = await readShadowContext(params, locale);
  if (!context) return null;
  const [preview, summary] = await Promise.all([
    readShadowPreview(context.mechanism.code, params.cycle, limit),
    getMechanismSummary(context.mechanism.code, params.cycle),
  ]);
  const table = buildShadowTable(preview.rows, { ...context, summary });
  return { table, rowCount: preview.count, summary, kind: context.mechanism.kind };
}

/**
 * The shadow-report table's columns and its rows in batches, for the CSV: the same rows and words as
 * makeShadowTable's, streamed, so an export of 100,000 rows holds one batch at a time (issue 24).
 * Null for an unknown mechanism.
 */
export async function streamShadowTable(
  params: ShadowParams,
  locale: Locale = DEFAULT_LOCALE,
): Promise<{ columns: ShadowColumn[]; batches: AsyncGenerator<string[][]> } | null> {
  // The CSV carries neither themes nor the summary.
  const found = await readShadowContext(params, locale, { withThemes: false });
  if (!found) return null;
  const context = { ...found, summary: NO_SUMMARY };
  const { columns } = buildShadowTable([], context);
  async function* batches() {
    for await (const batch of streamShadowRecommendations(context.mechanism.code, params.cycle))
      yield buildShadowTable(batch, context).rows.map((row) => row.cells);
  }
  return { columns, batches: batches() };
}
