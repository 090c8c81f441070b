import "server-only";
import { createHash } from "node:crypto";
import { setImmediate as nextTurn } from "node:timers/promises";
import { db } from "@/lib/db/client";
import { readInChunks } from "@/lib/db/keyset";
import { parseEnv } from "@/lib/env";
import { parseCsv, readParsedFile, type ParsedFile } from "@/lib/import/parse";
import { planRecommendationImport, type RecommendationImportState, type RecommendationPlan } from "./import-plan";
import { textIdentity } from "./import-identity";
import { stateCode } from "./import-states";
import { splitList } from "@/lib/import/columns";
import { timeSlicer } from "@/lib/time-slice";

/**
 * The vocabularies, the tracked states, and a look-up of stored identities for planning an import.
 * Rows stored before content identities existed (textKey null) are given theirs in memory, so a
 * file in another layout still recognises them.
 */
export async function readRecommendationImportState(): Promise<RecommendationImportState> {
  // Read once per state: a file planned a slice at a time asks findExisting once per slice.
  let legacyKeys: Promise<Set<string>> | undefined;
  const [mechanisms, targets] = await Promise.all([
    db.mechanism.findMany({ select: { code: true, kind: true, nameEn: true, nameRu: true } }),
    db.sdgTarget.findMany({ select: { code: true } }),
  ]);
  const names = new Map<string, string>();
  for (const mechanism of mechanisms)
    for (const name of [mechanism.nameEn, mechanism.nameRu]) names.set(name.toLowerCase(), mechanism.code);
  for (const mechanism of mechanisms) names.set(mechanism.code.toLowerCase(), mechanism.code);
  const kinds = new Map(mechanisms.map((mechanism) => [mechanism.code, mechanism.kind]));
  return {
    mechanisms: names,
    mechanismKinds: kinds,
    sdgTargets: new Set(targets.map((target) => target.code)),
    trackedStates: parseEnv().TRACKED_STATES,
    findExisting: async (identityKeys, textKeys) => {
      legacyKeys ??= readLegacyKeys();
      // In chunks: 10,000 keys in one statement held the event loop a quarter of a second (measured).
      // One read after another: run side by side, two chunks' answers settled in the same turn.
      const byIdentity = await readInChunks([...new Set(identityKeys)], (chunk) =>
        db.recommendation.findMany({ where: { identityKey: { in: chunk } }, select: { identityKey: true } }),
      );
      const byText = await readInChunks([...new Set(textKeys)], (chunk) =>
        db.recommendation.findMany({ where: { textKey: { in: chunk } }, select: { textKey: true } }),
      );
      const legacy = await legacyKeys;
      const found = new Set<string>([
        ...byIdentity.map((row) => row.identityKey),
        ...byText.flatMap((row) => (row.textKey ? [row.textKey] : [])),
      ]);
      for (const key of legacy) found.add(key);
      return found;
    },
  };
}

/** Content identities of rows stored before textKey existed, computed as the import computes them. */
async function readLegacyKeys(): Promise<Set<string>> {
  const legacy = await db.recommendation.findMany({
    where: { textKey: null },
    select: { mechanismCode: true, cycle: true, recommendingState: true, text: true },
  });
  const keys = new Set<string>();
  for (const [index, row] of legacy.entries()) {
    const states = splitList(row.recommendingState, /;/);
    const codes = states.map((name) => stateCode(name) ?? "");
    keys.add(textIdentity(row.mechanismCode, row.cycle, codes.every((code) => code !== "") ? codes : states, row.text));
    if (index % 500 === 499) await nextTurn();
  }
  return keys;
}

/** Plans parsed rows (any layout) against the database as it is now. */
export async function planRecommendationFile(file: ParsedFile): Promise<RecommendationPlan> {
  return planRecommendationImport(file, await readRecommendationImportState());
}

/** Plans a stored recommendations draft against the database as it is now. */
export async function planRecommendationDraft(draft: {
  content: string;
  parsed: string | null;
}): Promise<RecommendationPlan | { parseError: string }> {
  const stored = draft.parsed ? await readParsedFile(draft.parsed) : null;
  const parsed = stored ?? (await parseCsv(draft.content));
  if ("isOk" in parsed && !parsed.isOk) return { parseError: parsed.message };
  return planRecommendationFile(parsed as ParsedFile);
}

/**
 * Fingerprint of a plan: confirming applies only what the person saw. Hashed a slice of rows at a
 * time (one JSON text of 10,000 rows held the event loop 0.3 s, measured).
 */
export async function recommendationPlanDigest(plan: RecommendationPlan): Promise<string> {
  const hash = createHash("sha256");
  const slice = timeSlicer();
  const { creates, unchanged, errors, skipped, ...rest } = plan;
  hash.update(JSON.stringify(rest));
  for (const [name, list] of [
    ["creates", creates],
    ["unchanged", unchanged],
    ["errors", errors],
    ["skipped", skipped],
  ] as const) {
    hash.update(`\u0000${name}`);
    for (const item of list as unknown[]) {
      hash.update(`\u0000${JSON.stringify(item)}`);
      await slice();
    }
  }
  return hash.digest("hex");
}

const APPLIED_SHOWN = 50;

/** What an applied recommendations import created: how many, and the first APPLIED_SHOWN to link to. */
export async function readAppliedRecommendations(draftId: string) {
  const [count, shown] = await Promise.all([
    db.recommendation.count({ where: { importDraftId: draftId } }),
    db.recommendation.findMany({
      where: { importDraftId: draftId },
      select: { id: true, mechanismCode: true, symbol: true, paragraph: true, text: true },
      orderBy: { createdAt: "asc" },
      take: APPLIED_SHOWN,
    }),
  ]);
  return { count, shown };
}
