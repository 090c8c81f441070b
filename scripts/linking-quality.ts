// Prints how well Uade's link suggestions and "made again" grouping do on the hand-marked test set
// (tests/fixtures/linking/recommendations.json against the commitment dataset): precision and
// recall of the top 5 suggestions both ways, and of grouping at several similarity thresholds.
// Usage: npx tsx scripts/linking-quality.ts
import { readFileSync } from "node:fs";
import { loadDataset, loadDatasetTranslations } from "@/lib/dataset/load-dataset";
import { commitmentTerms, recommendationTerms } from "@/lib/linking/profile";
import { precisionRecall, rankBySimilarity, rarityOver } from "@/lib/linking/evaluate";
import { cosineSimilarity } from "@/lib/linking/similarity";

type Fixture = { key: string; text: string; answers: string[]; group?: string };
const TOP = 5;

const dataset = loadDataset();
const translations = loadDatasetTranslations();
const fixtures = (
  JSON.parse(readFileSync("tests/fixtures/linking/recommendations.json", "utf8")) as { recommendations: Fixture[] }
).recommendations;

const instrumentNames = new Map(dataset.instruments.map((instrument) => [instrument.code, instrument]));
const commitments = dataset.commitments.map((commitment) => {
  const translated = translations[commitment.slug];
  const instruments = commitment.instruments.flatMap((code) => {
    const instrument = instrumentNames.get(code);
    return instrument ? [instrument.name, instrument.nameRu, instrument.nameKk] : [];
  });
  return {
    item: commitment.slug,
    terms: commitmentTerms({
      titles: [commitment.title, translated?.ru.title, translated?.kk.title],
      summaries: [commitment.summary, translated?.ru.summary, translated?.kk.summary],
      quotes: commitment.quotes.map((quote) => quote.text),
      instrumentNames: instruments,
      themeNames: [commitment.category.replace(/-/g, " ")],
    }),
  };
});
const recommendations = fixtures.map((fixture) => ({
  item: fixture.key,
  terms: recommendationTerms({ texts: [fixture.text], themes: [] }),
}));

const recommendationRarity = rarityOver(recommendations.map((entry) => entry.terms));
const commitmentRarity = rarityOver(commitments.map((entry) => entry.terms));

const forCommitments = commitments.map((commitment) => ({
  suggested: rankBySimilarity(commitment.terms, recommendations, recommendationRarity, TOP).map((s) => s.item),
  relevant: new Set(fixtures.filter((fixture) => fixture.answers.includes(commitment.item)).map((f) => f.key)),
}));
const forRecommendations = recommendations.map((recommendation, index) => ({
  suggested: rankBySimilarity(recommendation.terms, commitments, commitmentRarity, TOP).map((s) => s.item),
  relevant: new Set(fixtures[index]!.answers),
}));

const show = (label: string, figures: ReturnType<typeof precisionRecall>) =>
  console.log(
    `${label}: precision@${TOP} ${figures.precision.toFixed(2)}, recall@${TOP} ${figures.recall.toFixed(2)} (${figures.queries} queries)`,
  );
show("Commitment → recommendations", precisionRecall(forCommitments));
show("Recommendation → commitments", precisionRecall(forRecommendations));

// Grouping: every pair of recommendations, "same group" by the marks, "grouped" by the threshold.
console.log("\nMade again (pairs of recommendations on the same matter):");
for (const threshold of [0.2, 0.25, 0.3, 0.35, 0.4, 0.5]) {
  let truePairs = 0;
  let grouped = 0;
  let correct = 0;
  for (let i = 0; i < fixtures.length; i += 1) {
    for (let j = i + 1; j < fixtures.length; j += 1) {
      const same = Boolean(fixtures[i]!.group) && fixtures[i]!.group === fixtures[j]!.group;
      const score = cosineSimilarity(recommendations[i]!.terms, recommendations[j]!.terms, recommendationRarity);
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
