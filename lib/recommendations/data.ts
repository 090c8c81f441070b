import "server-only";
import { db } from "@/lib/db/client";
import { readInChunks } from "@/lib/db/keyset";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PUBLIC_WHERE } from "@/lib/commitments/data";
import { isLikeSafe, normaliseForSearch, SEARCH_ID_LIMIT } from "@/lib/search-text";
import { RECOMMENDATION_PAGE_SIZE, type RecommendationFilters } from "./filters";

// Recommendations are public UN text; the commitments linked to them show only when published.

export const RECOMMENDATION_SELECT = {
  id: true,
  mechanismCode: true,
  cycle: true,
  symbol: true,
  paragraph: true,
  recommendingState: true,
  recommendingStateCodes: true,
  text: true,
  textLocale: true,
  textEn: true,
  textRu: true,
  textKk: true,
  issuedOn: true,
  response: true,
  affectedGroups: true,
  sourceUrl: true,
  themes: { select: { theme: true }, orderBy: { theme: "asc" } },
  sdgTargets: { select: { targetCode: true }, orderBy: { targetCode: "asc" } },
} satisfies Prisma.RecommendationSelect;

const LINKED_PUBLIC = {
  where: { commitment: PUBLIC_WHERE },
  select: {
    commitment: {
      select: {
        id: true,
        slug: true,
        title: true,
        summary: true,
        sourceLocale: true,
        translations: { select: { locale: true, title: true, summary: true } },
        officialClaim: true,
        claimSince: true,
        assessment: true,
        assessmentSince: true,
      },
    },
  },
  orderBy: { createdAt: "asc" },
} satisfies Prisma.Recommendation$commitmentsArgs;

export const ORDER: Prisma.RecommendationOrderByWithRelationInput[] = [
  { issuedOn: "desc" },
  { symbol: "asc" },
  { paragraph: "asc" },
  { recommendingState: "asc" },
];

/** Recommendations whose search text contains the query, literally (see searchWhere in lib/commitments/data.ts). */
async function searchWhere(query: string): Promise<Prisma.RecommendationWhereInput> {
  const needle = normaliseForSearch(query);
  if (isLikeSafe(needle)) return { searchText: { contains: needle } };
  const rows = await db.$queryRaw<
    { id: string }[]
  >`SELECT "id" FROM "Recommendation" WHERE instr("searchText", ${needle}) > 0 LIMIT ${SEARCH_ID_LIMIT}`;
  return { id: { in: rows.map((row) => row.id) } };
}

export async function recommendationWhere(
  filters: Omit<RecommendationFilters, "page">,
): Promise<Prisma.RecommendationWhereInput> {
  const and: Prisma.RecommendationWhereInput[] = [];
  if (filters.mechanism) and.push({ mechanismCode: filters.mechanism });
  if (filters.cycle) and.push({ cycle: filters.cycle });
  if (filters.response) and.push({ response: filters.response });
  if (filters.theme) and.push({ themes: { some: { theme: filters.theme } } });
  if (filters.sdg) and.push({ sdgTargets: { some: { targetCode: filters.sdg } } });
  // A relation filter that needs SQLite's planner statistics (lib/db/statistics.ts): without them it
  // took 190 s over 10,000 recommendations, with them 70 ms (measured, issue 17).
  if (filters.assessment)
    and.push({ commitments: { some: { commitment: { ...PUBLIC_WHERE, assessment: filters.assessment } } } });
  if (filters.query) and.push(await searchWhere(filters.query));
  return { AND: and };
}

/** One page of recommendations matching the filters, with their published linked commitments. */
export async function listRecommendations(filters: RecommendationFilters, pageSize = RECOMMENDATION_PAGE_SIZE) {
  const where = await recommendationWhere(filters);
  const [total, items] = await Promise.all([
    db.recommendation.count({ where }),
    db.recommendation.findMany({
      where,
      orderBy: ORDER,
      skip: (filters.page - 1) * pageSize,
      take: pageSize,
      select: { ...RECOMMENDATION_SELECT, commitments: LINKED_PUBLIC },
    }),
  ]);
  return { total, items };
}

/** One recommendation with its mechanism, SDG target titles and published linked commitments. */
export async function getRecommendation(id: string) {
  if (id.length > 40) return null;
  return db.recommendation.findUnique({
    where: { id },
    select: {
      ...RECOMMENDATION_SELECT,
      mechanism: true,
      sdgTargets: { select: { target: true }, orderBy: { targetCode: "asc" } },
      commitments: LINKED_PUBLIC,
    },
  });
}

/** The vocabularies and the values present, for filter menus. */
export async function getRecommendationVocabulary() {
  const [mechanisms, sdgTargets, cycles, themes] = await Promise.all([
    db.mechanism.findMany({ orderBy: { position: "asc" } }),
    db.sdgTarget.findMany({ orderBy: { position: "asc" } }),
    db.recommendation.findMany({
      distinct: ["mechanismCode", "cycle"],
      select: { mechanismCode: true, cycle: true },
      orderBy: [{ mechanismCode: "asc" }, { cycle: "asc" }],
    }),
    db.recommendationTheme.findMany({
      distinct: ["theme"],
      select: { theme: true },
      orderBy: { theme: "asc" },
      take: 500,
    }),
  ]);
  return { mechanisms, sdgTargets, cycles, themes: themes.map((row) => row.theme) };
}

export async function getMechanism(code: string) {
  if (code.length > 30) return null;
  return db.mechanism.findUnique({ where: { code } });
}

/**
 * The numbers a submission quotes for one mechanism (and cycle): recommendations by the state's
 * response, and the published commitments linked to them by assessment (each commitment once).
 */
export async function getMechanismSummary(mechanismCode: string, cycle: string | null) {
  const where: Prisma.RecommendationWhereInput = { mechanismCode, ...(cycle ? { cycle } : {}) };
  // Plain reads by id, not `recommendations: { some: … }` on commitments: SQLite ran that filter
  // as a correlated subquery per commitment, 3.5 s over 5,000 commitments (measured, issue 17).
  const [byResponse, recommendations] = await Promise.all([
    db.recommendation.groupBy({ by: ["response"], where, _count: { _all: true } }),
    db.recommendation.findMany({ where, select: { id: true } }),
  ]);
  const links = await readInChunks(
    recommendations.map((row) => row.id),
    (chunk) =>
      db.commitmentRecommendation.findMany({
        where: { recommendationId: { in: chunk } },
        select: { commitmentId: true },
      }),
  );
  const linked = await readInChunks([...new Set(links.map((link) => link.commitmentId))], (chunk) =>
    db.commitment.findMany({ where: { id: { in: chunk }, ...PUBLIC_WHERE }, select: { assessment: true } }),
  );
  const assessments: Record<string, number> = {};
  for (const row of linked) assessments[row.assessment] = (assessments[row.assessment] ?? 0) + 1;
  const responses = Object.fromEntries(byResponse.map((row) => [row.response, row._count._all])) as Record<
    string,
    number
  >;
  const total = byResponse.reduce((sum, row) => sum + row._count._all, 0);
  return { total, responses, assessments, linkedCommitments: linked.length };
}

/** The recommendations a published commitment answers (for its public page and the API). */
export async function listRecommendationsForCommitment(commitmentId: string) {
  const links = await db.commitmentRecommendation.findMany({
    where: { commitmentId },
    select: {
      recommendation: {
        select: {
          ...RECOMMENDATION_SELECT,
          mechanism: { select: { code: true, nameEn: true, nameRu: true, nameKk: true } },
        },
      },
    },
  });
  return links
    .map((link) => link.recommendation)
    .sort((a, b) => a.symbol.localeCompare(b.symbol) || Number(a.paragraph) - Number(b.paragraph));
}

// The workspace's reads (editors see every commitment, drafts included, to link them).

const SEARCH_LIMIT = 20;

/** Recommendations matching an editor's search (symbol, paragraph, words of any language), newest first. */
export async function searchRecommendationsForEditor(query: string, limit = SEARCH_LIMIT) {
  const text = query.trim().slice(0, 200);
  const where: Prisma.RecommendationWhereInput = text ? await searchWhere(text) : {};
  return db.recommendation.findMany({
    where,
    orderBy: ORDER,
    take: limit,
    select: { ...RECOMMENDATION_SELECT, _count: { select: { commitments: true } } },
  });
}

/** Every recommendation linked to a commitment (for its workspace page). */
export async function listLinkedRecommendations(commitmentId: string) {
  const links = await db.commitmentRecommendation.findMany({
    where: { commitmentId },
    orderBy: { createdAt: "asc" },
    select: { recommendation: { select: RECOMMENDATION_SELECT } },
  });
  return links.map((link) => link.recommendation);
}

/** One recommendation with every linked commitment, drafts included, and when it was last saved (for the stale-edit check). */
export async function getRecommendationForEditor(id: string) {
  if (id.length > 40) return null;
  return db.recommendation.findUnique({
    where: { id },
    select: {
      ...RECOMMENDATION_SELECT,
      updatedAt: true,
      commitments: {
        orderBy: { createdAt: "asc" },
        // With its translations' titles: the workspace names it in the editor's language.
        select: {
          commitment: {
            select: {
              id: true,
              slug: true,
              title: true,
              isPublished: true,
              sourceLocale: true,
              translations: { select: { locale: true, title: true } },
            },
          },
        },
      },
    },
  });
}

/** The mechanisms and SDG targets an editor chooses from when correcting a recommendation. */
export async function getRecommendationEditVocabulary() {
  const [mechanisms, sdgTargets] = await Promise.all([
    db.mechanism.findMany({
      orderBy: { position: "asc" },
      select: { code: true, kind: true, nameEn: true, nameRu: true, nameKk: true },
    }),
    db.sdgTarget.findMany({
      orderBy: { position: "asc" },
      select: { code: true, titleEn: true, titleRu: true, titleKk: true },
    }),
  ]);
  return { mechanisms, sdgTargets };
}

/** Commitments whose title, summary or quotes contain the query (not archived), for linking. */
export async function searchCommitmentsForLinking(query: string, limit = SEARCH_LIMIT) {
  const text = normaliseForSearch(query.slice(0, 200));
  if (!text) return [];
  const rows = await db.$queryRaw<
    { id: string }[]
  >`SELECT "id" FROM "Commitment" WHERE "isArchived" = 0 AND instr("searchText", ${text}) > 0 LIMIT ${limit}`;
  return db.commitment.findMany({
    where: { id: { in: rows.map((row) => row.id) } },
    orderBy: { title: "asc" },
    select: { id: true, slug: true, title: true, isPublished: true },
  });
}
