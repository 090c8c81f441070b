import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import { parseCsv, readParsedFile } from "@/lib/import/parse";
import { recommendationField } from "./import-columns";
import { dedupeKey, planRecommendationImport, type RecommendationImportState, type RecommendationPlan } from "./import-plan";

/** The vocabularies, and which of the file's symbols are already stored, for planning an import. */
export async function readRecommendationImportState(symbols: string[]): Promise<RecommendationImportState> {
  const [mechanisms, targets, existing] = await Promise.all([
    db.mechanism.findMany({ select: { code: true, kind: true, nameEn: true, nameRu: true } }),
    db.sdgTarget.findMany({ select: { code: true } }),
    db.recommendation.findMany({ where: { symbol: { in: [...new Set(symbols)] } }, select: { symbol: true, paragraph: true, recommendingState: true } }),
  ]);
  const names = new Map<string, string>();
  for (const mechanism of mechanisms) for (const name of [mechanism.nameEn, mechanism.nameRu]) names.set(name.toLowerCase(), mechanism.code);
  for (const mechanism of mechanisms) names.set(mechanism.code.toLowerCase(), mechanism.code);
  return {
    mechanisms: names,
    mechanismKinds: new Map(mechanisms.map((mechanism) => [mechanism.code, mechanism.kind])),
    sdgTargets: new Set(targets.map((target) => target.code)),
    existingKeys: new Set(existing.map((row) => dedupeKey(row.symbol, row.paragraph, row.recommendingState))),
  };
}

/** Plans a stored recommendations draft against the database as it is now. */
export async function planRecommendationDraft(draft: { content: string; parsed: string | null }): Promise<RecommendationPlan | { parseError: string }> {
  const stored = draft.parsed ? await readParsedFile(draft.parsed) : null;
  const parsed = stored ?? (await parseCsv(draft.content));
  if ("isOk" in parsed && !parsed.isOk) return { parseError: parsed.message };
  const { headers, rows } = parsed as Exclude<typeof parsed, { isOk: false }>;
  const symbolHeader = headers.find((header) => recommendationField(header) === "symbol");
  const symbols = symbolHeader ? rows.map((row) => (row.values[symbolHeader] ?? "").replace(/\s+/g, " ").trim()) : [];
  return planRecommendationImport(headers, rows, await readRecommendationImportState(symbols));
}

/** Fingerprint of a plan: confirming applies only what the person saw. */
export function recommendationPlanDigest(plan: RecommendationPlan): string {
  return createHash("sha256").update(JSON.stringify(plan)).digest("hex");
}
