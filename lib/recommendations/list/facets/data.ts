import "server-only";
import { db } from "@/lib/db/client";
import { parseSearchQuery, type SearchQuery } from "@/lib/search/query";
import type { RecommendationFilters } from "../../filters";
import { countMatches, planMemberships, readFacets, type MembershipPlan } from "../data";
import {
  countsFromFacets,
  FACET_COUNT_LIMIT,
  FACET_GROUPS,
  FACET_SCAN_LIMIT,
  facetCountSql,
  filtersFor,
  type FacetCounts,
  type FacetGroup,
  type RecommendationFacetCounts,
} from "../facet-counts";

// The reads behind the filter menus' counts (the rules are in ../facet-counts.ts).

/** Counts `groups`, which share the filters `base`, in one query (see facetCountSql). */
async function countInSql(
  groups: FacetGroup[],
  base: RecommendationFilters,
  search: SearchQuery | null,
  plan: MembershipPlan,
): Promise<[FacetGroup, FacetCounts][]> {
  const rows = await db.$queryRaw<{ facet: string; value: string | null; n: number | bigint }[]>(
    facetCountSql(groups, base, search, plan),
  );
  const total = (facet: string) => Number(rows.find((row) => row.facet === facet)?.n ?? 0);
  const isAtLeast = total("sampled") > FACET_COUNT_LIMIT || total("scanned") > FACET_SCAN_LIMIT;
  return groups.map((group) => {
    const counts: Record<string, number> = {};
    for (const row of rows) if (row.facet === group && row.value !== null) counts[row.value] = Number(row.n);
    return [group, { counts, isAtLeast }];
  });
}

/** How many recommendations each filter value would leave, given the other filters and the words. */
export async function readFacetCounts(filters: RecommendationFilters): Promise<RecommendationFacetCounts> {
  const search = filters.query ? parseSearchQuery(filters.query) : null;
  if (search && search.terms.length === 0) {
    const none = { counts: {}, isAtLeast: false };
    return { mechanism: none, cycle: none, response: none, theme: none, sdg: none };
  }
  // With words, a theme or SDG target is listed or checked per match by how many matches are walked.
  const matches =
    search && (filters.theme || filters.sdg) ? Math.min(await countMatches(search), FACET_SCAN_LIMIT + 1) : null;
  const [facets, plan] = await Promise.all([readFacets(), planMemberships(filters, matches)]);
  const result: Partial<RecommendationFacetCounts> = {};
  // The menus left to count in SQL, by the filters they are counted under: one query per set of filters.
  const pending = new Map<string, { base: RecommendationFilters; groups: FacetGroup[] }>();
  for (const group of FACET_GROUPS) {
    const exact = countsFromFacets(group, filters, facets);
    if (exact) {
      result[group] = exact;
      continue;
    }
    const base = filtersFor(group, filters);
    const key = JSON.stringify(base);
    const entry = pending.get(key) ?? { base, groups: [] };
    entry.groups.push(group);
    pending.set(key, entry);
  }
  const counted = await Promise.all(
    [...pending.values()].map(({ base, groups }) => countInSql(groups, base, search, plan)),
  );
  for (const [group, counts] of counted.flat()) result[group] = counts;
  return result as RecommendationFacetCounts;
}
