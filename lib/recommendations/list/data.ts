import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { parseSearchQuery, type SearchQuery } from "@/lib/search/query";
import {
  filteredSearchPageSql,
  rankedPageSql,
  matchedRowKey,
  rowKeyIn,
  searchCountSql,
  searchedRowKey,
  searchWindowStartSql,
} from "@/lib/search/sql";
import { COUNT_LIMIT, pagePosition, RANK_WINDOW, type PagePosition, type RecommendationFilters } from "../filters";

// The public list's reads at any size (issue 24): a page is read in the list's order from an index
// (Recommendation_*_order_idx) or from the full-text index, a total from the trigger-kept counts
// (RecommendationFacet) where one filter or none is set and otherwise counted up to COUNT_LIMIT,
// so no request reads every recommendation. Each query has an EXPLAIN QUERY PLAN test (plans.test.ts).

/** The separator of the two parts of a `cycle` or `response` facet key (see the migration). */
const KEY_SEPARATOR = "\u001f";

/**
 * How a theme or SDG filter is joined: a common value is checked row by row while the list's order
 * index is walked (a page needs ~50 / share rows); a rare one is read from its own index and sorted
 * (at most a few thousand rows). Either way SQLite's own choice sorted 30,000 rows (0.4 s, measured).
 * With words, the words' matches are walked: a value with few rows beside them is listed once by the
 * key the index shares ("rows", see rowKeyIn), else each match is checked ("walk").
 */
export type Membership = "walk" | "list" | "rows";
export type MembershipPlan = { theme: Membership; sdg: Membership };

/** A value carried by this share of all recommendations or more is walked (see MembershipPlan). */
const COMMON_SHARE = 0.02;

/**
 * With words, a value's rows are listed when they number at most this many times the matches walked:
 * listing costs ~1 µs a row, checking a match row by row ~2.5 µs (measured at 300,000).
 */
const ROWS_PER_MATCH = 2;

/**
 * The WHERE clause of the list's filters (the words aside), on `"r"` = Recommendation, and its
 * `conditions`. A listed membership ("rows") is tested on `key`, `"r"`'s key by default.
 */
export function filterClauses(
  filters: Omit<RecommendationFilters, "page" | "query">,
  plan: MembershipPlan = { theme: "list", sdg: "list" },
  key: Prisma.Sql = matchedRowKey("r"),
) {
  const where: Prisma.Sql[] = [];
  if (filters.mechanism) where.push(Prisma.sql`"r"."mechanismCode" = ${filters.mechanism}`);
  if (filters.cycle) where.push(Prisma.sql`"r"."cycle" = ${filters.cycle}`);
  if (filters.response) where.push(Prisma.sql`"r"."response" = ${filters.response}`);
  if (filters.theme) where.push(membership(plan.theme, key, "RecommendationTheme", "theme", filters.theme));
  if (filters.sdg) where.push(membership(plan.sdg, key, "RecommendationSdgTarget", "targetCode", filters.sdg));
  // Links are made one by one by editors: few, so the set of recommendations they name is small.
  if (filters.assessment)
    where.push(Prisma.sql`"r"."id" IN (SELECT "cr"."recommendationId" FROM "CommitmentRecommendation" AS "cr"
      JOIN "Commitment" AS "c" ON "c"."id" = "cr"."commitmentId"
      WHERE "c"."isPublished" = TRUE AND "c"."isArchived" = FALSE AND "c"."assessment" = ${filters.assessment})`);
  return {
    where: where.length > 0 ? Prisma.sql`WHERE ${Prisma.join(where, " AND ")}` : Prisma.empty,
    conditions: where,
  };
}

/** That `"r"` (key `key`) carries `value` in `table`'s `column` (RecommendationTheme.theme, RecommendationSdgTarget.targetCode). */
function membership(how: Membership, key: Prisma.Sql, table: string, column: string, value: string): Prisma.Sql {
  const [links, field] = [Prisma.raw(`"${table}"`), Prisma.raw(`"${column}"`)];
  if (how === "walk")
    return Prisma.sql`EXISTS (SELECT 1 FROM ${links} AS "t" WHERE "t"."recommendationId" = "r"."id" AND "t".${field} = ${value})`;
  const ids = Prisma.sql`SELECT "recommendationId" AS "id" FROM ${links} WHERE ${field} = ${value}`;
  return how === "rows" ? rowKeyIn("Recommendation", key, ids) : Prisma.sql`"r"."id" IN (${ids})`;
}

const LIST_ORDER = Prisma.sql`"r"."issuedOn" DESC, "r"."symbol" ASC, "r"."paragraph" ASC, "r"."recommendingState" ASC`;

/** The ids of one page, in the list's order (the words aside: see filteredSearchPageSql). */
export function pageIdsSql(filters: RecommendationFilters, pageSize: number, plan?: MembershipPlan) {
  const { where } = filterClauses(filters, plan);
  return Prisma.sql`SELECT "r"."id" AS "id" FROM "Recommendation" AS "r" ${where}
    ORDER BY ${LIST_ORDER} LIMIT ${pageSize} OFFSET ${(filters.page - 1) * pageSize}`;
}

/** Counts the recommendations the filters (the words aside) keep, stopping at COUNT_LIMIT + 1. */
export function boundedCountSql(filters: RecommendationFilters, plan?: MembershipPlan) {
  const { where } = filterClauses(filters, plan);
  return Prisma.sql`SELECT count(*) AS "n" FROM (SELECT 1 FROM "Recommendation" AS "r" ${where} LIMIT ${COUNT_LIMIT + 1}) AS "page"`;
}

async function facetCount(facet: string, value: string): Promise<number> {
  const row = await db.recommendationFacet.findUnique({ where: { facet_value: { facet, value } } });
  return row?.count ?? 0;
}

/** Sum of a `cycle` or `response` facet over every mechanism (key ends with the separator and the value). */
async function facetCountAcrossMechanisms(facet: "cycle" | "response", value: string): Promise<number> {
  const rows = await db.$queryRaw<{ n: number | bigint | null }[]>`SELECT sum("count") AS "n" FROM "RecommendationFacet"
    WHERE "facet" = ${facet} AND substr("value", length("value") - length(${KEY_SEPARATOR + value}) + 1) = ${KEY_SEPARATOR + value}`;
  return Number(rows[0]?.n ?? 0);
}

/** The exact total from the trigger-kept counts, when the filters allow it (none, or one of them); else null. */
async function countFromFacets(filters: RecommendationFilters): Promise<number | null> {
  const { mechanism, cycle, response, theme, sdg } = filters;
  if (filters.query || filters.assessment) return null;
  const set = [mechanism, cycle, response, theme, sdg].filter(Boolean).length;
  if (set === 0) {
    const rows = await db.recommendationFacet.aggregate({ where: { facet: "mechanism" }, _sum: { count: true } });
    return rows._sum.count ?? 0;
  }
  if (mechanism && set === 1) return facetCount("mechanism", mechanism);
  if (mechanism && cycle && set === 2) return facetCount("cycle", `${mechanism}${KEY_SEPARATOR}${cycle}`);
  if (mechanism && response && set === 2) return facetCount("response", `${mechanism}${KEY_SEPARATOR}${response}`);
  if (set !== 1) return null;
  if (cycle) return facetCountAcrossMechanisms("cycle", cycle);
  if (response) return facetCountAcrossMechanisms("response", response);
  if (theme) return facetCount("theme", theme);
  if (sdg) return facetCount("sdg", sdg);
  return null;
}

/**
 * Whether the theme and SDG filters are walked or listed (see MembershipPlan), from their counts; with
 * words, from how many of the words' matches are walked (`matches`).
 */
export async function planMemberships(
  filters: RecommendationFilters,
  matches: number | null = null,
): Promise<MembershipPlan> {
  if (!filters.theme && !filters.sdg) return { theme: "list", sdg: "list" };
  const [all, theme, sdg] = await Promise.all([
    db.recommendationFacet.aggregate({ where: { facet: "mechanism" }, _sum: { count: true } }),
    filters.theme ? facetCount("theme", filters.theme) : 0,
    filters.sdg ? facetCount("sdg", filters.sdg) : 0,
  ]);
  const total = Math.max(1, all._sum.count ?? 0);
  const choose = (rows: number): Membership =>
    matches !== null
      ? rows <= matches * ROWS_PER_MATCH
        ? "rows"
        : "walk"
      : rows / total >= COMMON_SHARE
        ? "walk"
        : "list";
  return { theme: choose(theme), sdg: choose(sdg) };
}

/** How many recommendations the words match, read from the index alone (~1 ms for 30,000 at 300,000). */
export async function countMatches(search: SearchQuery): Promise<number> {
  const rows = await db.$queryRaw<{ n: number | bigint }[]>(searchCountSql("recommendations", search));
  return Number(rows[0]?.n ?? 0);
}

const hasFilterBesidesSearch = (filters: RecommendationFilters) =>
  Boolean(filters.mechanism || filters.cycle || filters.response || filters.theme || filters.sdg || filters.assessment);

/** How many recommendations the filters keep (the words aside): exact, or COUNT_LIMIT with `isAtLeast` when more match. */
async function countRecommendations(filters: RecommendationFilters, plan: MembershipPlan) {
  const exact = await countFromFacets(filters);
  if (exact !== null) return { total: exact, isAtLeast: false };
  const rows = await db.$queryRaw<{ n: number | bigint }[]>(boundedCountSql(filters, plan));
  const n = Number(rows[0]?.n ?? 0);
  return { total: Math.min(n, COUNT_LIMIT), isAtLeast: n > COUNT_LIMIT };
}

/** The ids of a page of a search with no other filter: ranked among the RANK_WINDOW most recently added matches. */
async function readRankedSearchPage(search: SearchQuery, total: number, page: number, pageSize: number) {
  const start =
    total > RANK_WINDOW
      ? ((
          await db.$queryRaw<{ start: bigint | number }[]>(searchWindowStartSql("recommendations", search, RANK_WINDOW))
        )[0]?.start ?? null)
      : null;
  const rows = await db.$queryRaw<{ id: string }[]>(
    rankedPageSql("recommendations", "Recommendation", search, {
      windowStart: start,
      limit: pageSize,
      offset: (page - 1) * pageSize,
    }),
  );
  return rows.map((row) => row.id);
}

/** A total, and how to read the requested page's ids (only read when the page is among those offered). */
type PageRead = { total: number; isAtLeast: boolean; readIds: () => Promise<string[]> };

/** Filters without words: the total from the kept counts or counted along an index, a page along the list's order. */
async function readUnsearched(filters: RecommendationFilters, pageSize: number): Promise<PageRead> {
  const plan = await planMemberships(filters);
  const { total, isAtLeast } = await countRecommendations(filters, plan);
  const readIds = async () =>
    (await db.$queryRaw<{ id: string }[]>(pageIdsSql(filters, pageSize, plan))).map((row) => row.id);
  return { total, isAtLeast, readIds };
}

/** Words alone: counted in the index, a page ranked among the RANK_WINDOW most recent matches. */
async function readSearchOnly(
  filters: RecommendationFilters,
  search: SearchQuery,
  pageSize: number,
): Promise<PageRead> {
  const total = await countMatches(search);
  return { total, isAtLeast: false, readIds: () => readRankedSearchPage(search, total, filters.page, pageSize) };
}

/**
 * Words with other filters, in one walk of the words' matches (filteredSearchPageSql): the total up to
 * COUNT_LIMIT and, with more than RANK_WINDOW matches, a page ranked among the RANK_WINDOW most
 * recently added (as a search alone is: scoring 25,000 matches of "rights" among UPR's took 0.13 s
 * of the main thread at 300,000, measured).
 */
async function readFilteredSearchPage(
  filters: RecommendationFilters,
  search: SearchQuery,
  pageSize: number,
): Promise<PageRead> {
  const matches = filters.theme || filters.sdg ? await countMatches(search) : null;
  const plan = await planMemberships(filters, matches);
  const { conditions } = filterClauses(filters, plan, searchedRowKey("recommendations"));
  const rows = await db.$queryRaw<{ n: number | bigint; id: string | null }[]>(
    filteredSearchPageSql("recommendations", "Recommendation", "r", search, conditions, {
      countLimit: COUNT_LIMIT + 1,
      window: RANK_WINDOW,
      order: LIST_ORDER,
      limit: pageSize,
      offset: (filters.page - 1) * pageSize,
    }),
  );
  const n = Number(rows[0]?.n ?? 0);
  const ids = rows.flatMap((row) => (row.id === null ? [] : [row.id]));
  return { total: Math.min(n, COUNT_LIMIT), isAtLeast: n > COUNT_LIMIT, readIds: async () => ids };
}

export type RecommendationPageIds = {
  ids: string[];
  total: number;
  /** More than `total` (COUNT_LIMIT) match. */
  isAtLeast: boolean;
  pageCount: number;
  position: PagePosition;
  /** Search text was typed but held nothing searchable (only punctuation, operators). */
  isQueryUnsearchable: boolean;
  /** The search text had more words than are searched (lib/search/query.ts). */
  isQueryTruncated: boolean;
  /** More than RANK_WINDOW recommendations match the words: the most recently added RANK_WINDOW are ranked and shown. */
  isRankedWithinRecent: boolean;
};

/** One page of ids matching the filters, with what the page says about its position and the search. */
export async function readRecommendationPage(
  filters: RecommendationFilters,
  pageSize: number,
): Promise<RecommendationPageIds> {
  const search = filters.query ? parseSearchQuery(filters.query) : null;
  const isQueryUnsearchable = search !== null && search.terms.length === 0;
  const isQueryTruncated = search?.isTruncated ?? false;
  const empty = { ids: [], total: 0, isAtLeast: false, pageCount: 1, position: "page" as const };
  if (isQueryUnsearchable) return { ...empty, isQueryUnsearchable, isQueryTruncated, isRankedWithinRecent: false };
  const { total, isAtLeast, readIds } = !search
    ? await readUnsearched(filters, pageSize)
    : hasFilterBesidesSearch(filters)
      ? await readFilteredSearchPage(filters, search, pageSize)
      : await readSearchOnly(filters, search, pageSize);
  const isRankedWithinRecent = search !== null && (isAtLeast || total > RANK_WINDOW);
  const rowLimit = isRankedWithinRecent ? RANK_WINDOW : COUNT_LIMIT;
  const { pageCount, position } = pagePosition(filters.page, total, pageSize, isAtLeast, rowLimit);
  const ids = position === "page" && total > 0 ? await readIds() : [];
  return {
    ids,
    total,
    isAtLeast,
    pageCount,
    position,
    isQueryUnsearchable,
    isQueryTruncated,
    isRankedWithinRecent,
  };
}

/** The filter menus' values with how many recommendations carry each, from the trigger-kept counts. */
export async function readFacets() {
  const rows = await db.recommendationFacet.findMany({ orderBy: [{ facet: "asc" }, { value: "asc" }] });
  const of = (facet: string) => rows.filter((row) => row.facet === facet);
  const split = (value: string) => {
    const at = value.indexOf(KEY_SEPARATOR);
    return [value.slice(0, at), value.slice(at + 1)] as const;
  };
  const responses: Record<string, number> = {};
  const responsesByMechanism: Record<string, Record<string, number>> = {};
  for (const row of of("response")) {
    const [mechanismCode, response] = split(row.value);
    responses[response] = (responses[response] ?? 0) + row.count;
    (responsesByMechanism[mechanismCode] ??= {})[response] = row.count;
  }
  return {
    mechanisms: Object.fromEntries(of("mechanism").map((row) => [row.value, row.count])) as Record<string, number>,
    cycles: of("cycle").map((row) => {
      const [mechanismCode, cycle] = split(row.value);
      return { mechanismCode, cycle, count: row.count };
    }),
    responses,
    responsesByMechanism,
    themes: of("theme").map((row) => ({ theme: row.value, count: row.count })),
    sdgTargets: Object.fromEntries(of("sdg").map((row) => [row.value, row.count])) as Record<string, number>,
  };
}

/** The published commitments linked to a mechanism's (or cycle's) recommendations, counted by assessment, each once. */
export function linkedAssessmentsSql(mechanismCode: string, cycle: string | null) {
  return Prisma.sql`SELECT "c"."assessment" AS "assessment", count(DISTINCT "c"."id") AS "n"
    FROM "CommitmentRecommendation" AS "cr"
    JOIN "Recommendation" AS "r" ON "r"."id" = "cr"."recommendationId"
    JOIN "Commitment" AS "c" ON "c"."id" = "cr"."commitmentId"
    WHERE "r"."mechanismCode" = ${mechanismCode} ${cycle === null ? Prisma.empty : Prisma.sql`AND "r"."cycle" = ${cycle}`}
      AND "c"."isPublished" = TRUE AND "c"."isArchived" = FALSE
    GROUP BY "c"."assessment"`;
}
