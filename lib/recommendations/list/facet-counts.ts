import { Prisma } from "@/lib/generated/prisma/client";
import type { SearchQuery } from "@/lib/search/query";
import { matchedRowKey, newestMatchesSql, orderedJoin } from "@/lib/search/sql";
import type { RecommendationFilters } from "../filters";
import { filterClauses, type MembershipPlan, type readFacets } from "./data";

// The counts beside each filter value follow the other filters and the words (issue 24, as UHRI's
// readers expect): a value's count is how many recommendations the list would hold if it were
// chosen with everything else kept. Each menu is counted without its own filter. Where no other
// filter is set the trigger-kept counts answer (RecommendationFacet); otherwise one GROUP BY over at
// most FACET_COUNT_LIMIT of the matching rows, so a common word costs what a rare one does: past
// the limit the counts are lower bounds, shown as "n+".

/** At most this many matching recommendations are grouped per menu (~10 ms of the main thread each at 300,000, measured). */
export const FACET_COUNT_LIMIT = 5_000;
/** With words, the menus are counted among at most this many of their newest matches. */
export const FACET_SCAN_LIMIT = 10_000;

export const FACET_GROUPS = ["mechanism", "cycle", "response", "theme", "sdg"] as const;
export type FacetGroup = (typeof FACET_GROUPS)[number];

/** One menu's counts by value; `isAtLeast` when more rows matched than were grouped (the counts are lower bounds). */
export type FacetCounts = { counts: Record<string, number>; isAtLeast: boolean };
export type RecommendationFacetCounts = Record<FacetGroup, FacetCounts>;

/** The filters that narrow a menu's counts: every one but its own (the page number plays no part). */
export function filtersFor(group: FacetGroup, filters: RecommendationFilters): RecommendationFilters {
  return { ...filters, [group]: null, page: 1 };
}

/**
 * Counts the values of each of `groups` among at most FACET_COUNT_LIMIT + 1 recommendations
 * matching `filters` and `search` (with words, among their FACET_SCAN_LIMIT + 1 newest matches), in
 * one reading of those rows: rows (`"facet"`, `"value"`, `"n"`), and two more giving how many rows
 * were grouped (`"facet"` = "sampled") and how many matches were read ("scanned").
 * The rows are read from the narrowest side: the words' index, else the chosen theme's or SDG
 * target's rows (walking the list instead read ten rows for each one kept: 0.2 s at 300,000).
 */
export function facetCountSql(
  groups: readonly FacetGroup[],
  filters: RecommendationFilters,
  search: SearchQuery | null,
  plan?: MembershipPlan,
): Prisma.Sql {
  const columns = Prisma.sql`"r"."id" AS "id", "r"."mechanismCode" AS "mechanismCode", "r"."cycle" AS "cycle", "r"."response" AS "response"`;
  const limit = Prisma.sql`LIMIT ${FACET_COUNT_LIMIT + 1}`;
  let matches = Prisma.sql`SELECT NULL AS "rid" WHERE 1 = 0`;
  let sample: Prisma.Sql;
  if (search) {
    matches = newestMatchesSql("recommendations", search, FACET_SCAN_LIMIT + 1);
    const { where } = filterClauses(filters, plan);
    sample = Prisma.sql`SELECT ${columns} FROM "m" ${orderedJoin()} "Recommendation" AS "r" ON ${matchedRowKey("r")} = "m"."rid" ${where} ${limit}`;
  } else if (filters.theme || filters.sdg) {
    const [table, column, value, rest] = filters.theme
      ? ["RecommendationTheme", "theme", filters.theme, { ...filters, theme: null }]
      : ["RecommendationSdgTarget", "targetCode", filters.sdg, { ...filters, sdg: null }];
    const { conditions } = filterClauses(rest, plan);
    const where = [Prisma.sql`"d".${Prisma.raw(`"${column}"`)} = ${value}`, ...conditions];
    sample = Prisma.sql`SELECT ${columns} FROM ${Prisma.raw(`"${table}"`)} AS "d" ${orderedJoin()} "Recommendation" AS "r"
      ON "r"."id" = "d"."recommendationId" WHERE ${Prisma.join(where, " AND ")} ${limit}`;
  } else {
    const { where } = filterClauses(filters, plan);
    sample = Prisma.sql`SELECT ${columns} FROM "Recommendation" AS "r" ${where} ${limit}`;
  }
  const grouped = groups.map((group) => {
    if (group === "theme" || group === "sdg") {
      const [table, column] =
        group === "theme" ? ["RecommendationTheme", "theme"] : ["RecommendationSdgTarget", "targetCode"];
      return Prisma.sql`SELECT ${facetName(group)} AS "facet", "v".${Prisma.raw(`"${column}"`)} AS "value", count(*) AS "n"
        FROM "s" ${orderedJoin()} ${Prisma.raw(`"${table}"`)} AS "v" ON "v"."recommendationId" = "s"."id" GROUP BY 2`;
    }
    const column = Prisma.raw(`"s"."${group === "mechanism" ? "mechanismCode" : group}"`);
    return Prisma.sql`SELECT ${facetName(group)} AS "facet", ${column} AS "value", count(*) AS "n" FROM "s" GROUP BY 2`;
  });
  return Prisma.sql`WITH "m" AS MATERIALIZED (${matches}), "s" AS MATERIALIZED (${sample})
    ${Prisma.join(grouped, " UNION ALL ")}
    UNION ALL SELECT 'sampled', NULL, count(*) FROM "s" UNION ALL SELECT 'scanned', NULL, count(*) FROM "m"`;
}

/** A group's name as an SQL literal (one of FACET_GROUPS: never user input), typed text on both databases. */
function facetName(group: FacetGroup): Prisma.Sql {
  if (!FACET_GROUPS.includes(group)) throw new Error(`unknown facet group ${String(group)}`);
  return Prisma.raw(`'${group}'`);
}

type Facets = Awaited<ReturnType<typeof readFacets>>;

/** The exact counts the trigger-kept table holds for `group` under `filters`, or null when it holds none. */
export function countsFromFacets(
  group: FacetGroup,
  filters: RecommendationFilters,
  facets: Facets,
): FacetCounts | null {
  const { mechanism, cycle, response, theme, sdg, assessment, query } = filtersFor(group, filters);
  if (query || assessment || theme || sdg) return null;
  const exact = (counts: Record<string, number>) => ({ counts, isAtLeast: false });
  const set = [mechanism, cycle, response].filter(Boolean).length;
  const sum = (rows: { key: string; count: number }[]) => {
    const counts: Record<string, number> = {};
    for (const row of rows) counts[row.key] = (counts[row.key] ?? 0) + row.count;
    return counts;
  };
  if (set === 0) {
    if (group === "mechanism") return exact(facets.mechanisms);
    if (group === "cycle") return exact(sum(facets.cycles.map((row) => ({ key: row.cycle, count: row.count }))));
    if (group === "response") return exact(facets.responses);
    if (group === "theme") return exact(Object.fromEntries(facets.themes.map((row) => [row.theme, row.count])));
    return exact(facets.sdgTargets);
  }
  if (set !== 1) return null;
  if (mechanism && group === "cycle")
    return exact(
      sum(
        facets.cycles
          .filter((row) => row.mechanismCode === mechanism)
          .map((row) => ({ key: row.cycle, count: row.count })),
      ),
    );
  if (mechanism && group === "response") return exact(facets.responsesByMechanism[mechanism] ?? {});
  if (cycle && group === "mechanism")
    return exact(
      sum(
        facets.cycles.filter((row) => row.cycle === cycle).map((row) => ({ key: row.mechanismCode, count: row.count })),
      ),
    );
  if (response && group === "mechanism")
    return exact(
      Object.fromEntries(
        Object.entries(facets.responsesByMechanism).map(([code, counts]) => [code, counts[response] ?? 0]),
      ),
    );
  return null;
}
