import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PUBLIC_WHERE } from "@/lib/commitments/data";
import { parseSearchQuery } from "@/lib/search/query";
import { readTermDictionary } from "@/lib/vocabularies/data";
import { termKey } from "@/lib/vocabularies/terms";
import { searchJoin, searchOrder } from "@/lib/search/sql";
import { RECOMMENDATION_PAGE_SIZE, type RecommendationFilters } from "./filters";
import { linkedAssessmentsSql, readFacets, readRecommendationPage } from "./list/data";

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

/**
 * One page of recommendations matching the filters, with their published linked commitments, the
 * total (exact, or COUNT_LIMIT and `isAtLeast`) and where the page falls (see list/data.ts).
 */
export async function listRecommendations(filters: RecommendationFilters, pageSize = RECOMMENDATION_PAGE_SIZE) {
  const page = await readRecommendationPage(filters, pageSize);
  const rows = page.ids.length
    ? await db.recommendation.findMany({
        where: { id: { in: page.ids } },
        select: { ...RECOMMENDATION_SELECT, commitments: LINKED_PUBLIC },
      })
    : [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  const { ids: _ids, ...rest } = page;
  return { ...rest, items: page.ids.flatMap((id) => byId.get(id) ?? []) };
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

/**
 * The vocabularies and the values present, each with how many recommendations carry it, for filter
 * menus; each theme with its names in three languages when the vocabulary knows it (null otherwise).
 */
export async function getRecommendationVocabulary() {
  const [mechanisms, sdgTargets, facets, terms] = await Promise.all([
    db.mechanism.findMany({ orderBy: { position: "asc" } }),
    db.sdgTarget.findMany({ orderBy: { position: "asc" } }),
    readFacets(),
    readTermDictionary(),
  ]);
  return {
    mechanisms: mechanisms.map((mechanism) => ({ ...mechanism, count: facets.mechanisms[mechanism.code] ?? 0 })),
    sdgTargets: sdgTargets.map((target) => ({ ...target, count: facets.sdgTargets[target.code] ?? 0 })),
    cycles: facets.cycles,
    themes: facets.themes.map((item) => ({ ...item, names: terms.THEME.get(termKey(item.theme)) ?? null })),
    responses: facets.responses,
  };
}

export async function getMechanism(code: string) {
  if (code.length > 30) return null;
  return db.mechanism.findUnique({ where: { code } });
}

/**
 * The numbers a submission quotes for one mechanism (and cycle): recommendations by the state's
 * response, and the published commitments linked to them by assessment (each commitment once).
 * Summed in SQL: the whole mechanism from the trigger-kept counts, one cycle over its own rows, the
 * assessments over the links (made one by one by editors, so few).
 */
export async function getMechanismSummary(mechanismCode: string, cycle: string | null) {
  const [byResponse, linked] = await Promise.all([
    cycle
      ? db.recommendation
          .groupBy({ by: ["response"], where: { mechanismCode, cycle }, _count: { _all: true } })
          .then((rows) => Object.fromEntries(rows.map((row) => [row.response, row._count._all])))
      : readFacets().then((facets) => facets.responsesByMechanism[mechanismCode] ?? {}),
    db.$queryRaw<{ assessment: string; n: number | bigint }[]>(linkedAssessmentsSql(mechanismCode, cycle)),
  ]);
  const responses = byResponse as Record<string, number>;
  const assessments: Record<string, number> = {};
  for (const row of linked) assessments[row.assessment] = Number(row.n);
  const total = Object.values(responses).reduce((sum, count) => sum + count, 0);
  const linkedCommitments = Object.values(assessments).reduce((sum, count) => sum + count, 0);
  return { total, responses, assessments, linkedCommitments };
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

/** Recommendations matching an editor's search (symbol, paragraph, words of any language), best match first. */
export async function searchRecommendationsForEditor(query: string, limit = SEARCH_LIMIT) {
  const select = { ...RECOMMENDATION_SELECT, _count: { select: { commitments: true } } } as const;
  const search = parseSearchQuery(query.slice(0, 200));
  if (search.terms.length === 0)
    return query.trim() ? [] : db.recommendation.findMany({ orderBy: ORDER, take: limit, select });
  const ids = await db.$queryRaw<{ id: string }[]>`SELECT "r"."id" AS "id" FROM "Recommendation" AS "r"
    ${searchJoin("recommendations", "r", search)} ORDER BY ${searchOrder} LIMIT ${limit}`;
  const rows = await db.recommendation.findMany({ where: { id: { in: ids.map((row) => row.id) } }, select });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((row) => byId.get(row.id) ?? []);
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

/** Commitments (not archived) whose title or summary, in any language, match the query, best first, for linking. */
export async function searchCommitmentsForLinking(query: string, limit = SEARCH_LIMIT) {
  const search = parseSearchQuery(query.slice(0, 200));
  if (search.terms.length === 0) return [];
  const rows = await db.$queryRaw<{ id: string }[]>`SELECT "c"."id" AS "id" FROM "Commitment" AS "c"
    ${searchJoin("commitments", "c", search)} WHERE "c"."isArchived" = FALSE ORDER BY ${searchOrder} LIMIT ${limit}`;
  return db.commitment.findMany({
    where: { id: { in: rows.map((row) => row.id) } },
    orderBy: { title: "asc" },
    select: { id: true, slug: true, title: true, isPublished: true },
  });
}
