import "server-only";
import { DEFAULT_LOCALE, type Locale } from "@/i18n/locales";
import { today } from "@/lib/calendar";
import { parseEnv } from "@/lib/env";
import { getSiteUrl } from "@/lib/site-url";
import { readTermDictionary } from "@/lib/vocabularies/data";
import { translateTerm } from "@/lib/vocabularies/terms";
import { getMechanism, type getMechanismSummary } from "../data";
import { mechanismName } from "../vocabulary";
import { buildShadowTable } from "./build-table";
import { readShadowRecommendations, summariseShadowRows } from "./data";
import type { ShadowTable } from "./table";

export type ShadowParams = { mechanism: string; cycle: string | null };

/** Reads ?mechanism= (required) and ?cycle= (optional); null when the mechanism is missing or malformed. */
export function readShadowParams(params: URLSearchParams): ShadowParams | null {
  const mechanism = (params.get("mechanism") ?? "").trim();
  const cycle = (params.get("cycle") ?? "").trim();
  if (!/^[A-Z][A-Z-]{1,20}$/.test(mechanism) || cycle.length > 100) return null;
  return { mechanism, cycle: cycle === "" ? null : cycle };
}

/** The shadow-report table for one mechanism and cycle in `locale`; null for an unknown mechanism. */
export async function makeShadowTable(
  params: ShadowParams,
  locale: Locale = DEFAULT_LOCALE,
): Promise<{
  table: ShadowTable;
  rowCount: number;
  summary: Awaited<ReturnType<typeof getMechanismSummary>>;
  kind: string;
} | null> {
  const mechanism = await getMechanism(params.mechanism);
  if (!mechanism) return null;
  const [recommendations, terms] = await Promise.all([
    readShadowRecommendations(mechanism.code, params.cycle),
    readTermDictionary(),
  ]);
  const summary = summariseShadowRows(recommendations);
  const table = buildShadowTable(recommendations, {
    locale,
    siteUrl: getSiteUrl(),
    organisation: parseEnv().ORGANISATION_NAME,
    mechanism: { code: mechanism.code, kind: mechanism.kind, name: mechanismName(mechanism, locale) },
    cycle: params.cycle,
    themeName: (theme) => translateTerm(terms, "THEME", theme, locale),
    madeOn: today(),
    summary,
  });
  return { table, rowCount: recommendations.length, summary, kind: mechanism.kind };
}
