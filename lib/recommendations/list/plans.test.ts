import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { refreshPlannerStatistics } from "@/lib/db/statistics";
import { parseSearchQuery } from "@/lib/search/query";
import { Prisma as PrismaSql } from "@/lib/generated/prisma/client";
import {
  filteredSearchPageSql,
  rankedPageSql,
  searchCountSql,
  searchedRowKey,
  searchWindowStartSql,
} from "@/lib/search/sql";
import { COUNT_LIMIT, RANK_WINDOW, type RecommendationFilters } from "../filters";
import {
  boundedCountSql,
  filterClauses,
  linkedAssessmentsSql,
  pageIdsSql,
  planMemberships,
  type MembershipPlan,
} from "./data";
import { FACET_GROUPS, facetCountSql } from "./facet-counts";
import { NO_FILTERS } from "@/tests/support/recommendation-filters";

// EXPLAIN QUERY PLAN of the public list's hot queries (issue 24), so a later change cannot bring
// back a read of every recommendation: at 300,000 rows each of these took 0.4–20 s as full scans.
// The data is shaped like the benchmark's (several mechanisms, common and rare themes) and the
// planner has its statistics, as the server refreshes them on start (lib/db/statistics.ts).

const ROWS = 3_000;
const none = NO_FILTERS;
const MECHANISMS = ["UPR", "UPR", "CAT", "CCPR", "CEDAW", "CRC"];

/** The one statement a page of words with other filters is read by (data.ts's readFilteredSearchPage). */
function pageWithWordsSql(filters: RecommendationFilters, membership?: MembershipPlan) {
  const { conditions } = filterClauses(filters, membership, searchedRowKey("recommendations"));
  return filteredSearchPageSql("recommendations", "Recommendation", "r", parseSearchQuery(filters.query), conditions, {
    countLimit: COUNT_LIMIT + 1,
    window: RANK_WINDOW,
    order: PrismaSql.sql`"r"."issuedOn" DESC`,
    limit: 50,
    offset: 0,
  });
}

async function plan(sql: Prisma.Sql): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${sql.sql}`, ...sql.values);
  return rows.map((row) => row.detail);
}

/** A plan line that reads a whole recommendations table (not an index range, not an ordered index walk). */
const FULL_SCAN = /^SCAN (r|t|g|"?Recommendation\w*"?)$/;

beforeAll(async () => {
  for (let start = 0; start < ROWS; start += 1_000) {
    const data = Array.from({ length: 1_000 }, (_, offset) => {
      const index = start + offset;
      return {
        id: `plan-${index}`,
        mechanismCode: MECHANISMS[index % MECHANISMS.length]!,
        cycle: `cycle ${index % 4}`,
        symbol: `X/PLAN/${index % 50}`,
        paragraph: String(index),
        text: index % 7 === 0 ? `Prevent torture in custody ${index}` : `Ensure fair trial ${index}`,
        issuedOn: new Date(Date.UTC(2010 + (index % 15), 0, 1)),
      };
    });
    await db.recommendation.createMany({ data });
    await db.recommendationTheme.createMany({
      data: data.map((row, offset) => ({
        recommendationId: row.id,
        theme: (start + offset) % 300 === 0 ? "Rare theme" : (start + offset) % 2 === 0 ? "Torture" : "Justice",
      })),
    });
  }
  await refreshPlannerStatistics(db);
}, 120_000);

describe("query plans of the public recommendation list", () => {
  it("reads page 1 and a deep page along the list's order index, without sorting", async () => {
    for (const page of [1, 200]) {
      const lines = await plan(pageIdsSql({ ...none, page }, 50));
      expect(lines).toEqual(["SCAN r USING INDEX Recommendation_list_order_idx"]);
    }
  });

  it("reads a mechanism, and a mechanism's cycle, from their own ordered index", async () => {
    expect(await plan(pageIdsSql({ ...none, mechanism: "CAT" }, 50))).toEqual([
      "SEARCH r USING INDEX Recommendation_mechanism_order_idx (mechanismCode=?)",
    ]);
    expect(await plan(pageIdsSql({ ...none, mechanism: "UPR", cycle: "cycle 1" }, 50))).toEqual([
      "SEARCH r USING INDEX Recommendation_cycle_order_idx (mechanismCode=? AND cycle=?)",
    ]);
  });

  it("walks the order index for a common theme and reads a rare theme from its index", async () => {
    const common = await plan(pageIdsSql({ ...none, theme: "Torture" }, 50, { theme: "walk", sdg: "list" }));
    expect(common[0]).toBe("SCAN r USING INDEX Recommendation_list_order_idx");
    expect(common.join(" | ")).toMatch(
      /SEARCH t USING (COVERING INDEX|PRIMARY KEY) .*recommendationId=\? AND theme=\?/,
    );
    expect(common.join(" | ")).not.toMatch(/TEMP B-TREE/);
    const rare = await plan(pageIdsSql({ ...none, theme: "Rare theme" }, 50, { theme: "list", sdg: "list" }));
    expect(rare.join(" | ")).toMatch(
      /SEARCH RecommendationTheme USING (COVERING )?INDEX RecommendationTheme_theme_idx \(theme=\?\)/,
    );
    expect(rare.some((line) => FULL_SCAN.test(line))).toBe(false);
  });

  it("counts a combination of filters along an index, stopping at COUNT_LIMIT", async () => {
    const lines = await plan(boundedCountSql({ ...none, mechanism: "CAT", response: "NONE" }));
    expect(lines.join(" | ")).toMatch(/SEARCH r USING (COVERING )?INDEX Recommendation_\w+ \(mechanismCode=\?/);
    expect(lines.some((line) => FULL_SCAN.test(line))).toBe(false);
  });

  it("searches through the full-text index only, and reaches rows by rowid", async () => {
    const search = parseSearchQuery("torture");
    for (const sql of [
      searchCountSql("recommendations", search),
      searchWindowStartSql("recommendations", search, 10_000),
    ])
      expect((await plan(sql))[0]).toMatch(/^SCAN RecommendationSearch VIRTUAL TABLE INDEX \d+:M/);
    const page = await plan(
      rankedPageSql("recommendations", "Recommendation", search, { windowStart: 1, limit: 50, offset: 0 }),
    );
    expect(page.join(" | ")).toMatch(/VIRTUAL TABLE INDEX \d+:M/);
    expect(page.join(" | ")).toMatch(/SEARCH t USING INTEGER PRIMARY KEY \(rowid=\?\)/);
  });

  it("counts, windows and ranks words with a filter in one walk of the full-text index, reaching rows by rowid", async () => {
    const filters = { ...none, mechanism: "CAT", query: "torture" };
    const lines = await plan(pageWithWordsSql(filters));
    // The index is walked twice: the matches newest first (counted, the window listed), then the window scored.
    expect(lines.filter((line) => /^SCAN RecommendationSearch VIRTUAL TABLE INDEX \d+:M/.test(line))).toHaveLength(2);
    expect(lines.join(" | ")).toMatch(/SEARCH r USING INTEGER PRIMARY KEY \(rowid=\?\)/);
    expect(lines.some((line) => FULL_SCAN.test(line))).toBe(false);
  });

  it("lists a theme's rows once beside a word with as many matches, never checking each match", async () => {
    // "Torture" is half the fixture's rows: listed beside a word matching 1,000, as "Death penalty" (30,212)
    // beside "torture" (30,652 matches) at 300,000.
    const filters = { ...none, theme: "Torture", query: "torture" };
    const chosen = await planMemberships(filters, 1_000);
    expect(chosen.theme).toBe("rows");
    const lines = (await plan(pageWithWordsSql(filters, chosen))).join(" | ");
    expect(lines).toMatch(
      /LIST SUBQUERY \d+ \| SEARCH RecommendationTheme USING (COVERING )?INDEX RecommendationTheme_theme_\w*idx \(theme=\?\)/,
    );
    expect(lines).toMatch(/SEARCH k USING COVERING INDEX sqlite_autoindex_Recommendation_1 \(id=\?\)/);
    // Neither a check per match (the theme's key per row) nor a look-up of each listed row in the index.
    expect(lines).not.toMatch(/RecommendationTheme_1 \(recommendationId=\? AND theme=\?\)/);
    expect(lines).not.toMatch(/VIRTUAL TABLE INDEX \d+:=/);
    // A word with few matches beside a common theme checks each match instead.
    expect((await planMemberships(filters, 10)).theme).toBe("walk");
  });

  it("counts the filter menus from the narrowest side, never reading a whole table", async () => {
    const cases: [RecommendationFilters, RegExp][] = [
      [{ ...none, mechanism: "CAT", query: "torture" }, /SCAN RecommendationSearch VIRTUAL TABLE INDEX \d+:/],
      [
        { ...none, theme: "Rare theme", mechanism: "CAT" },
        /SEARCH d USING (COVERING )?INDEX RecommendationTheme_theme_idx \(theme=\?\)/,
      ],
      [
        { ...none, mechanism: "CAT", response: "NONE" },
        /SEARCH r USING (COVERING )?INDEX Recommendation_\w+ \(mechanismCode=\?/,
      ],
    ];
    for (const [filters, driver] of cases) {
      const search = filters.query ? parseSearchQuery(filters.query) : null;
      const lines = await plan(facetCountSql(FACET_GROUPS, filters, search));
      expect(lines.join(" | ")).toMatch(driver);
      expect(lines.some((line) => FULL_SCAN.test(line) || /^SCAN (v|d)\b/.test(line))).toBe(false);
      expect(lines.join(" | ")).toMatch(
        /SEARCH v USING (COVERING )?INDEX sqlite_autoindex_RecommendationTheme_1 \(recommendationId=\?\)/,
      );
    }
  });

  it("sums a mechanism's linked commitments from the links, reaching recommendations by key", async () => {
    for (const cycle of [null, "cycle 1"]) {
      const lines = await plan(linkedAssessmentsSql("CAT", cycle));
      expect(lines.some((line) => FULL_SCAN.test(line))).toBe(false);
      expect(lines.join(" | ")).toMatch(/SEARCH r USING (COVERING )?INDEX \w+ \([^)]*\bid=\?\)/);
    }
  });

  it("reads a cycle's shadow-report batch by seeking its index in id order", async () => {
    const lines = await db.$queryRawUnsafe<{ detail: string }[]>(
      `EXPLAIN QUERY PLAN SELECT "id" FROM "Recommendation" WHERE "mechanismCode" = ? AND "cycle" = ? AND "id" > ? ORDER BY "id" LIMIT 1000`,
      "UPR",
      "cycle 1",
      "plan-1",
    );
    expect(lines.map((row) => row.detail)).toEqual([
      "SEARCH Recommendation USING COVERING INDEX Recommendation_mechanismCode_cycle_id_idx (mechanismCode=? AND cycle=? AND id>?)",
    ]);
  });

  it("reads the filter counts by their key", async () => {
    const lines = await db.$queryRawUnsafe<{ detail: string }[]>(
      `EXPLAIN QUERY PLAN SELECT "count" FROM "RecommendationFacet" WHERE "facet" = ? AND "value" = ?`,
      "theme",
      "Torture",
    );
    expect(lines.map((row) => row.detail)).toEqual([
      "SEARCH RecommendationFacet USING INDEX sqlite_autoindex_RecommendationFacet_1 (facet=? AND value=?)",
    ]);
  });
});
