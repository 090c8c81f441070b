// Prints how well Uade's link suggestions and "made again" grouping do on the hand-marked test set
// (tests/fixtures/linking/recommendations.json against the commitment dataset), through the same
// path the workspace uses (full-text candidates, then the rerank: lib/linking/suggest.ts), in a
// temporary database: precision and recall of the top 5 suggestions both ways, and of grouping at
// several similarity thresholds.
// Usage: npm run linking:quality
import { rmSync } from "node:fs";
import { createTemporaryDatabase } from "./bench/database";
import { loadDataset, loadDatasetTranslations } from "@/lib/dataset/load-dataset";
import { seedDataset } from "@/lib/dataset/seed-dataset";
import { createPrismaClient } from "@/lib/db/create-client";
import { precisionRecall } from "@/lib/linking/evaluate";
import { insertLinkingFixture, readLinkingFixture } from "@/lib/linking/fixture";
import { rankSameMatter, suggestCommitments, suggestRecommendations } from "@/lib/linking/suggest";

const TOP = 5;
const THRESHOLDS = [0.2, 0.25, 0.3, 0.35, 0.4, 0.5];

const database = createTemporaryDatabase(false);
const db = createPrismaClient(database.url);
try {
  await seedDataset(db, loadDataset(), loadDatasetTranslations());
  const fixtures = readLinkingFixture();
  const ids = await insertLinkingFixture(db, fixtures);
  const keyOf = new Map([...ids].map(([key, id]) => [id, key]));
  const commitments = await db.commitment.findMany({ select: { id: true, slug: true } });
  const slugOf = new Map(commitments.map((row) => [row.id, row.slug]));

  const forCommitments = [];
  for (const commitment of commitments) {
    const suggested = await suggestRecommendations(db, commitment.id, TOP);
    forCommitments.push({
      suggested: suggested.map((scored) => keyOf.get(scored.item.id) ?? scored.item.id),
      relevant: new Set(fixtures.filter((fixture) => fixture.answers.includes(commitment.slug)).map((f) => f.key)),
    });
  }
  const forRecommendations = [];
  for (const fixture of fixtures) {
    const suggested = await suggestCommitments(db, ids.get(fixture.key)!, TOP);
    forRecommendations.push({
      suggested: suggested.map((scored) => slugOf.get(scored.item.id) ?? scored.item.id),
      relevant: new Set(fixture.answers),
    });
  }
  const show = (label: string, figures: ReturnType<typeof precisionRecall>) =>
    console.log(
      `${label}: precision@${TOP} ${figures.precision.toFixed(2)}, recall@${TOP} ${figures.recall.toFixed(2)} (${figures.queries} queries)`,
    );
  show("Commitment → recommendations", precisionRecall(forCommitments));
  show("Recommendation → commitments", precisionRecall(forRecommendations));

  // Grouping: every pair of recommendations, "same group" by the marks, "grouped" when either finds
  // the other at or above the threshold (as the public page does).
  const scores = new Map<string, number>();
  for (const fixture of fixtures) {
    for (const scored of (await rankSameMatter(db, ids.get(fixture.key)!, fixtures.length)).ranked) {
      const pair = [fixture.key, keyOf.get(scored.item.id)!].sort().join("|");
      scores.set(pair, Math.max(scores.get(pair) ?? 0, scored.score));
    }
  }
  console.log("\nMade again (pairs of recommendations on the same matter):");
  for (const threshold of THRESHOLDS) {
    let truePairs = 0;
    let grouped = 0;
    let correct = 0;
    for (let i = 0; i < fixtures.length; i += 1) {
      for (let j = i + 1; j < fixtures.length; j += 1) {
        const same = Boolean(fixtures[i]!.group) && fixtures[i]!.group === fixtures[j]!.group;
        const score = scores.get([fixtures[i]!.key, fixtures[j]!.key].sort().join("|")) ?? 0;
        if (same) truePairs += 1;
        if (score >= threshold) {
          grouped += 1;
          if (same) correct += 1;
        }
      }
    }
    const precision = grouped === 0 ? 0 : correct / grouped;
    const recall = truePairs === 0 ? 0 : correct / truePairs;
    console.log(`  threshold ${threshold.toFixed(2)}: precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)}`);
  }
} finally {
  await db.$disconnect();
  rmSync(database.directory, { recursive: true, force: true });
}
