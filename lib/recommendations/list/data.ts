import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { parseSearchQuery, type SearchQuery } from "@/lib/search/query";
import {
  filteredSearchWindowStartSql,
  rankedPageSql,
  searchFilterJoin,
  searchCountSql,
  searchJoin,
  searchOrder,
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
 */
export type MembershipPlan = { theme: "walk" | "list"; sdg: "walk" | "list" };

/** A value carried by this share of all recommendations or more is walked (see MembershipPlan). */
const COMMON_SHARE = 0.02;

/**
 * The WHERE and JOIN clauses of the list's filters, on `"r"` = Recommendation. The search is a
 * scoring JOIN (for ranked pages; `fromRow` bounds it to the newest matches) or, with
 * `isSearchScored: false`, a plain one (for counting and grouping). `conditions` leave the search out.
 */
export function filterClauses(
  filters: Omit<RecommendationFilters, "page" | "query">,
  search: SearchQuery | null,
  plan: MembershipPlan = { theme: "list", sdg: "list" },
  { isSearchScored = true, fromRow = null }: { isSearchScored?: boolean; fromRow?: bigint | number | null } = {},
) {
  const where: Prisma.Sql[] = [];
  if (filters.mechanism) where.push(Prisma.sql`"r"."mechanismCode" = ${filters.mechanism}`);
  if (filters.cycle) where.push(Prisma.sql`"r"."cycle" = ${filters.cycle}`);
  if (filters.response) where.push(Prisma.sql`"r"."response" = ${filters.response}`);
  if (filters.theme)
    where.push(
      plan.theme === "walk"
        ? Prisma.sql`EXISTS (SELECT 1 FROM "RecommendationTheme" AS "t" WHERE "t"."recommendationId" = "r"."id" AND "t"."theme" = ${filters.theme})`
        : Prisma.sql`"r"."id" IN (SELECT "recommendationId" FROM "RecommendationTheme" WHERE "theme" = ${filters.theme})`,
    );
  if (filters.sdg)
    where.push(
      plan.sdg === "walk"
        ? Prisma.sql`EXISTS (SELECT 1 FROM "RecommendationSdgTarget" AS "g" WHERE "g"."recommendationId" = "r"."id" AND "g"."targetCode" = ${filters.sdg})`
        : Prisma.sql`"r"."id" IN (SELECT "recommendationId" FROM "RecommendationSdgTarget" WHERE "targetCode" = ${filters.sdg})`,
    );
  // Links are made one by one by editors: few, so the set of recommendations they name is small.
  if (filters.assessment)
    where.push(Prisma.sql`"r"."id" IN (SELECT "cr"."recommendationId" FROM "CommitmentRecommendation" AS "cr"
      JOIN "Commitment" AS "c" ON "c"."id" = "cr"."commitmentId"
      WHERE "c"."isPublished" = TRUE AND "c"."isArchived" = FALSE AND "c"."assessment" = ${filters.assessment})`);
  return {
    join: !search
      ? Prisma.empty
      : isSearchScored
        ? searchJoin("recommendations", "r", search, { fromRow })
        : searchFilterJoin("recommendations", "r", search),
    where: where.length > 0 ? Prisma.sql`WHERE ${Prisma.join(where, " AND ")}` : Prisma.empty,
    conditions: where,
  };
}

const LIST_ORDER = Prisma.sql`"r"."issuedOn" DESC, "r"."symbol" ASC, "r"."paragraph" ASC, "r"."recommendingState" ASC`;

/** The ids of one page, in the list's order (best match first when searching). */
export function pageIdsSql(
  filters: RecommendationFilters,
  search: SearchQuery | null,
  pageSize: number,
  plan?: MembershipPlan,
  fromRow: bigint | number | null = null,
) {
  const { join, where } = filterClauses(filters, search, plan, { fromRow });
  const order = search ? Prisma.sql`${searchOrder}, ${LIST_ORDER}` : LIST_ORDER;
  return Prisma.sql`SELECT "r"."id" AS "id" FROM "Recommendation" AS "r" ${join} ${where}
    ORDER BY ${order} LIMIT ${pageSize} OFFSET ${(filters.page - 1) * pageSize}`;
}

/** Counts the matches, stopping at COUNT_LIMIT + 1 (the search as a condition: nothing is scored). */
export function boundedCountSql(filters: RecommendationFilters, search: SearchQuery | null, plan?: MembershipPlan) {
  const { join, where } = filterClauses(filters, search, plan, { isSearchScored: false });
  return Prisma.sql`SELECT count(*) AS "n" FROM (SELECT 1 FROM "Recommendation" AS "r" ${join} ${where} LIMIT ${COUNT_LIMIT + 1}) AS "page"`;
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

/** Whether the theme and SDG filters are walked or listed (see MembershipPlan), from their counts. */
export async function planMemberships(filters: RecommendationFilters): Promise<MembershipPlan> {
  if (!filters.theme && !filters.sdg) return { theme: "list", sdg: "list" };
  const [all, theme, sdg] = await Promise.all([
    db.recommendationFacet.aggregate({ where: { facet: "mechanism" }, _sum: { count: true } }),
    filters.theme ? facetCount("theme", filters.theme) : 0,
    filters.sdg ? facetCount("sdg", filters.sdg) : 0,
  ]);
  const total = Math.max(1, all._sum.count ?? 0);
  return {
    theme: theme / total >= COMMON_SHARE ? "walk" : "list",
    sdg: sdg / total >= COMMON_SHARE ? "walk" : "list",
  };
}

const hasFilterBesidesSearch = (filters: RecommendationFilters) =>
  Boolean(filters.mechanism || filters.cycle || filters.response || filters.theme || filters.sdg || filters.assessment);

/** How many recommendations match: exact, or COUNT_LIMIT with `isAtLeast` when more match. */
export async function countRecommendations(
  filters: RecommendationFilters,
  search: SearchQuery | null,
  plan?: MembershipPlan,
) {
  if (search && !hasFilterBesidesSearch(filters)) {
    const rows = await db.$queryRaw<{ n: number | bigint }[]>(searchCountSql("recommendations", search));
    return { total: Number(rows[0]?.n ?? 0), isAtLeast: false };
  }
  const exact = await countFromFacets(filters);
  if (exact !== null) return { total: exact, isAtLeast: false };
  const rows = await db.$queryRaw<{ n: number | bigint }[]>(boundedCountSql(filters, search, plan));
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

/**
 * The ids of a page of filtered recommendations; with words matching more than RANK_WINDOW of them,
 * ranked among the RANK_WINDOW most recently added (as a search alone is: scoring 25,000 matches of
 * "rights" among UPR's took 0.13 s of the main thread at 300,000, measured).
 */
async function readFilteredPage(
  filters: RecommendationFilters,
  search: SearchQuery | null,
  pageSize: number,
  plan: MembershipPlan,
  isWindowed: boolean,
) {
  let fromRow: bigint | number | null = null;
  if (search && isWindowed) {
    const { conditions } = filterClauses(filters, null, plan);
    const rows = await db.$queryRaw<{ start: bigint | number }[]>(
      filteredSearchWindowStartSql("recommendations", "Recommendation", "r", search, conditions, RANK_WINDOW),
    );
    fromRow = rows[0]?.start ?? null;
  }
  const rows = await db.$queryRaw<{ id: string }[]>(pageIdsSql(filters, search, pageSize, plan, fromRow));
  return rows.map((row) => row.id);
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
  const plan = await planMemberships(filters);
  const { total, isAtLeast } = await countRecommendations(filters, search, plan);
  const isSearchOnly = search !== null && !hasFilterBesidesSearch(filters);
  const isRankedWithinRecent = search !== null && (isAtLeast || total > RANK_WINDOW);
  const rowLimit = isRankedWithinRecent ? RANK_WINDOW : COUNT_LIMIT;
  const { pageCount, position } = pagePosition(filters.page, total, pageSize, isAtLeast, rowLimit);
  let ids: string[] = [];
  if (position === "page" && total > 0)
    ids =
      isSearchOnly && search
        ? await readRankedSearchPage(search, total, filters.page, pageSize)
        : await readFilteredPage(filters, search, pageSize, plan, isRankedWithinRecent);
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
