import { cosineSimilarity, inverseFrequency } from "./similarity";
import type { TermWeights } from "./terms";

export type Scored<T> = { item: T; score: number };

/** A rarity function from the documents a query is matched against (stems in many documents weigh little). */
export function rarityOver(documents: readonly TermWeights[]): (stem: string) => number {
  const frequency = new Map<string, number>();
  for (const document of documents)
    for (const stem of document.keys()) frequency.set(stem, (frequency.get(stem) ?? 0) + 1);
  return (stem) => inverseFrequency(frequency.get(stem) ?? 0, documents.length);
}

/** The `limit` best matches of `query` among `candidates`, best first; nothing in common scores 0 and is left out. */
export function rankBySimilarity<T>(
  query: TermWeights,
  candidates: readonly { item: T; terms: TermWeights }[],
  rarity: (stem: string) => number,
  limit: number,
): Scored<T>[] {
  return candidates
    .map((candidate) => ({ item: candidate.item, score: cosineSimilarity(query, candidate.terms, rarity) }))
    .filter((scored) => scored.score > 0)
    .sort((left, right) => right.score - left.score)
    .slice(0, limit);
}

/** Precision and recall of the top suggestions against the links a person marked right, summed over queries. */
export function precisionRecall(results: readonly { suggested: readonly string[]; relevant: ReadonlySet<string> }[]): {
  precision: number;
  recall: number;
  queries: number;
} {
  let hits = 0;
  let suggested = 0;
  let relevant = 0;
  for (const result of results) {
    if (result.relevant.size === 0) continue;
    hits += result.suggested.filter((key) => result.relevant.has(key)).length;
    suggested += result.suggested.length;
    relevant += result.relevant.size;
  }
  const queries = results.filter((result) => result.relevant.size > 0).length;
  return { precision: suggested === 0 ? 0 : hits / suggested, recall: relevant === 0 ? 0 : hits / relevant, queries };
}
