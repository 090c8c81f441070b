import type { PrismaClient } from "@/lib/generated/prisma/client";
import { rankBySimilarity, rarityOver, type Scored } from "./evaluate";
import { commitmentTerms, recommendationTerms } from "./profile";
import {
  commitmentCandidateIds,
  recommendationCandidateIds,
  recommendationStemCounts,
  searchableStems,
  weightiestStems,
  type StemQuery,
} from "./retrieve";
import type { TermWeights } from "./terms";

// Suggestions: the full-text index picks up to 200 candidates (lib/linking/retrieve.ts), then the
// rarity-weighted cosine of lib/linking/similarity.ts ranks them, rarity counted over the candidates.
// Every function takes the Prisma client, so the app, the benchmark and the quality script run the
// same path. Suggestions never link anything: a person does, through the link operation.

type Client = Pick<PrismaClient, "$queryRaw" | "commitment" | "recommendation">;

/** What the reranker reads of a recommendation (and what a suggestion shows). */
export const RECOMMENDATION_FIELDS = {
  id: true,
  mechanismCode: true,
  cycle: true,
  symbol: true,
  paragraph: true,
  recommendingState: true,
  recommendingStateCodes: true,
  stateUnderReview: true,
  text: true,
  textLocale: true,
  textEn: true,
  textRu: true,
  textKk: true,
  issuedOn: true,
  themes: { select: { theme: true } },
} as const;

const COMMITMENT_FIELDS = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  category: true,
  sourceLocale: true,
  isPublished: true,
  translations: { select: { locale: true, title: true, summary: true } },
  quotes: { select: { text: true } },
  instruments: { select: { instrument: { select: { name: true, nameRu: true, nameKk: true } } } },
} as const;

type RecommendationRow = {
  text: string;
  textEn: string | null;
  textRu: string | null;
  textKk: string | null;
  themes: { theme: string }[];
};
type CommitmentRow = {
  title: string;
  summary: string;
  category: string;
  translations: { title: string; summary: string }[];
  quotes: { text: string }[];
  instruments: { instrument: { name: string; nameRu: string | null; nameKk: string | null } }[];
};

/** A recommendation's profile: its text in every language it has, and its themes. */
export function profileOfRecommendation(row: RecommendationRow): TermWeights {
  return recommendationTerms({
    texts: [...new Set([row.text, row.textEn, row.textRu, row.textKk])],
    themes: row.themes.map((item) => item.theme),
  });
}

/** A commitment's profile: title, summary, translations, quotes, instruments and theme. */
export function profileOfCommitment(row: CommitmentRow): TermWeights {
  return commitmentTerms({
    titles: [row.title, ...row.translations.map((item) => item.title)],
    summaries: [row.summary, ...row.translations.map((item) => item.summary)],
    quotes: row.quotes.map((item) => item.text),
    instrumentNames: row.instruments.flatMap(({ instrument }) => [
      instrument.name,
      instrument.nameRu,
      instrument.nameKk,
    ]),
    themeNames: [row.category.replace(/-/g, " ")],
  });
}

async function rankRecommendations(client: Client, profile: TermWeights, ids: string[], limit: number) {
  const rows = await client.recommendation.findMany({ where: { id: { in: ids } }, select: RECOMMENDATION_FIELDS });
  const candidates = rows.map((row) => ({ item: row, terms: profileOfRecommendation(row) }));
  return rankBySimilarity(profile, candidates, rarityOver(candidates.map((candidate) => candidate.terms)), limit);
}

/** The stems of `profile` to search the recommendations with (see searchableStems). */
async function recommendationQuery(client: Client, profile: TermWeights): Promise<StemQuery> {
  const stems = weightiestStems(profile);
  return searchableStems(stems, await recommendationStemCounts(client, stems));
}

export type SuggestedRecommendation = Scored<Awaited<ReturnType<typeof rankRecommendations>>[number]["item"]>["item"];

/**
 * The `limit` recommendations that best match a commitment, best first, neither linked to it nor
 * marked "not related"; empty when it has no text in common with any (or does not exist).
 */
export async function suggestRecommendations(client: Client, commitmentId: string, limit = 8) {
  const commitment = await client.commitment.findUnique({ where: { id: commitmentId }, select: COMMITMENT_FIELDS });
  if (!commitment) return [];
  const profile = profileOfCommitment(commitment);
  const ids = await recommendationCandidateIds(client, await recommendationQuery(client, profile), { commitmentId });
  return rankRecommendations(client, profile, ids, limit);
}

/** Other recommendations ranked by how close they are to `recommendationId`, best first (links play no part), and the row itself. */
export async function rankSameMatter(client: Client, recommendationId: string, limit: number) {
  const row = await client.recommendation.findUnique({
    where: { id: recommendationId },
    select: RECOMMENDATION_FIELDS,
  });
  if (!row) return { row: null, ranked: [] };
  const profile = profileOfRecommendation(row);
  const ids = await recommendationCandidateIds(client, await recommendationQuery(client, profile), {
    recommendationId,
  });
  return { row, ranked: await rankRecommendations(client, profile, ids, limit) };
}

/**
 * Recommendations on the same matter as `recommendationId` (made before or again): at least
 * `threshold` similar, made to the same state under review. Empty when it does not exist.
 */
export async function findSameMatter(client: Client, recommendationId: string, threshold: number, limit = 20) {
  const { row, ranked } = await rankSameMatter(client, recommendationId, limit);
  return ranked.filter((scored) => scored.score >= threshold && scored.item.stateUnderReview === row?.stateUnderReview);
}

/** The `limit` commitments (not archived) that best match a recommendation, neither linked nor marked "not related". */
export async function suggestCommitments(client: Client, recommendationId: string, limit = 8) {
  const row = await client.recommendation.findUnique({
    where: { id: recommendationId },
    select: RECOMMENDATION_FIELDS,
  });
  if (!row) return [];
  const profile = profileOfRecommendation(row);
  const ids = await commitmentCandidateIds(client, weightiestStems(profile), recommendationId);
  const rows = await client.commitment.findMany({ where: { id: { in: ids } }, select: COMMITMENT_FIELDS });
  const candidates = rows.map((commitment) => ({ item: commitment, terms: profileOfCommitment(commitment) }));
  return rankBySimilarity(profile, candidates, rarityOver(candidates.map((candidate) => candidate.terms)), limit);
}
