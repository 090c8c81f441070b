import { addTerms, type TermWeights } from "./terms";

/** What a commitment says, in every language it has: the text suggestions are matched on. */
export type CommitmentText = {
  titles: readonly (string | null | undefined)[];
  summaries: readonly (string | null | undefined)[];
  quotes: readonly string[];
  /** Names of the instruments it names, in every language (e.g. "Convention against Torture"). */
  instrumentNames: readonly (string | null | undefined)[];
  /** The theme's words (e.g. "Death penalty", «Смертная казнь»). */
  themeNames: readonly (string | null | undefined)[];
};

/** What a recommendation says: its text and translations, and its themes. */
export type RecommendationText = {
  texts: readonly (string | null | undefined)[];
  themes: readonly (string | null | undefined)[];
};

// A title names the promise; a summary tells its story; quotes are long and wander. The weights
// were chosen on the test set in tests/fixtures/linking (scripts/linking-quality.ts prints them).
const WEIGHT = { title: 3, instrument: 2, summary: 1.5, theme: 1, quote: 0.5 } as const;

/** A commitment's bag of weighted stems. */
export function commitmentTerms(text: CommitmentText): TermWeights {
  const weights: TermWeights = new Map();
  for (const title of text.titles) addTerms(weights, title, WEIGHT.title);
  for (const name of text.instrumentNames) addTerms(weights, name, WEIGHT.instrument);
  for (const summary of text.summaries) addTerms(weights, summary, WEIGHT.summary);
  for (const theme of text.themeNames) addTerms(weights, theme, WEIGHT.theme);
  for (const quote of text.quotes) addTerms(weights, quote, WEIGHT.quote);
  return weights;
}

/** A recommendation's bag of stems. */
export function recommendationTerms(text: RecommendationText): TermWeights {
  const weights: TermWeights = new Map();
  for (const body of text.texts) addTerms(weights, body, 1);
  for (const theme of text.themes) addTerms(weights, theme, 1);
  return weights;
}
