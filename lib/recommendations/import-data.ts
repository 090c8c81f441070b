import "server-only";
import { createHash } from "node:crypto";
import { parseCsv, readParsedFile } from "@/lib/import/parse";
import { recommendationField } from "./import-columns";
import { planRecommendationImport, type RecommendationPlan } from "./import-plan";
import { readRecommendationImportState } from "./data";

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
