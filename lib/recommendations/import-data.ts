import "server-only";
import { createHash } from "node:crypto";
import { setImmediate as nextTurn } from "node:timers/promises";
import { parseCsv, readParsedFile } from "@/lib/import/parse";
import { recommendationField } from "./import-columns";
import { planRecommendationImport, type RecommendationPlan } from "./import-plan";
import { readRecommendationImportState } from "./data";

/** Plans a stored recommendations draft against the database as it is now. */
export async function planRecommendationDraft(draft: {
  content: string;
  parsed: string | null;
}): Promise<RecommendationPlan | { parseError: string }> {
  const stored = draft.parsed ? await readParsedFile(draft.parsed) : null;
  const parsed = stored ?? (await parseCsv(draft.content));
  if ("isOk" in parsed && !parsed.isOk) return { parseError: parsed.message };
  const { headers, rows } = parsed as Exclude<typeof parsed, { isOk: false }>;
  const symbolHeader = headers.find((header) => recommendationField(header) === "symbol");
  const symbols = symbolHeader ? rows.map((row) => (row.values[symbolHeader] ?? "").replace(/\s+/g, " ").trim()) : [];
  return planRecommendationImport(headers, rows, await readRecommendationImportState(symbols));
}

/**
 * Fingerprint of a plan: confirming applies only what the person saw. Hashed a slice of rows at a
 * time (one JSON text of 10,000 rows held the event loop 0.3 s, measured).
 */
export async function recommendationPlanDigest(plan: RecommendationPlan): Promise<string> {
  const hash = createHash("sha256");
  const { creates, unchanged, errors, ...rest } = plan;
  hash.update(JSON.stringify(rest));
  for (const [name, list] of [
    ["creates", creates],
    ["unchanged", unchanged],
    ["errors", errors],
  ] as const) {
    hash.update(`\u0000${name}`);
    for (const [index, item] of (list as unknown[]).entries()) {
      hash.update(`\u0000${JSON.stringify(item)}`);
      if (index % 500 === 499) await nextTurn();
    }
  }
  return hash.digest("hex");
}
