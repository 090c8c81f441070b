import type { TermWeights } from "./terms";

/** How rare a stem is among `documentCount` documents (smoothed, never negative). */
export function inverseFrequency(documentsWithTerm: number, documentCount: number): number {
  return Math.log(1 + (documentCount + 1) / (documentsWithTerm + 1));
}

/**
 * Cosine similarity of two bags of stems, each weight scaled by the stem's rarity, so that two
 * texts sharing "torture" count for more than two sharing "rights". 0 (nothing in common) to 1.
 */
export function cosineSimilarity(
  left: TermWeights,
  right: TermWeights,
  rarity: (stem: string) => number = () => 1,
): number {
  let dot = 0;
  let leftNorm = 0;
  let rightNorm = 0;
  for (const [stem, weight] of left) {
    const scaled = weight * rarity(stem);
    leftNorm += scaled * scaled;
    const other = right.get(stem);
    if (other !== undefined) dot += scaled * other * rarity(stem);
  }
  for (const [stem, weight] of right) {
    const scaled = weight * rarity(stem);
    rightNorm += scaled * scaled;
  }
  return leftNorm === 0 || rightNorm === 0 ? 0 : dot / Math.sqrt(leftNorm * rightNorm);
}
