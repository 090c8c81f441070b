import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { dialectOf } from "@/lib/db/dialect";
import { getMechanismSummary, getRecommendationVocabulary, listRecommendations } from "../data";

// The filter counts (RecommendationFacet) are kept by triggers; after inserts, updates and deletes
// they must equal what GROUP BY over the rows says, and the list's exact totals come from them.

const filters = { mechanism: null, cycle: null, response: null, theme: null, sdg: null, assessment: null, query: "" };

async function truth() {
  // The key separator, chr(31): SQLite spells it char(31).
  const SEPARATOR = dialectOf() === "postgres" ? "chr(31)" : "char(31)";
  const rows = await db.$queryRawUnsafe<{ facet: string; value: string; count: number | bigint }[]>(`
    SELECT 'mechanism' AS facet, "mechanismCode" AS value, count(*) AS count FROM "Recommendation" GROUP BY 1, 2
    UNION ALL SELECT 'cycle', "mechanismCode" || ${SEPARATOR} || "cycle", count(*) FROM "Recommendation" GROUP BY 1, 2
    UNION ALL SELECT 'response', "mechanismCode" || ${SEPARATOR} || "response", count(*) FROM "Recommendation" GROUP BY 1, 2
    UNION ALL SELECT 'theme', "theme", count(*) FROM "RecommendationTheme" GROUP BY 1, 2
    UNION ALL SELECT 'sdg', "targetCode", count(*) FROM "RecommendationSdgTarget" GROUP BY 1, 2`);
  return rows.map((row) => `${row.facet}|${row.value}|${Number(row.count)}`).sort();
}

async function kept() {
  const rows = await db.recommendationFacet.findMany();
  return rows.map((row) => `${row.facet}|${row.value}|${row.count}`).sort();
}

beforeAll(async () => {
  await db.recommendation.createMany({
    data: Array.from({ length: 30 }, (_, index) => ({
      id: `facet-${index}`,
      mechanismCode: index % 3 === 0 ? "UPR" : "CAT",
      cycle: index % 2 === 0 ? "4th cycle" : "session 80",
      symbol: "CAT/C/FACET/CO/1",
      paragraph: String(index + 1),
      recommendingState: index % 3 === 0 ? "Norway" : "",
      response: index % 3 === 0 ? (index % 2 === 0 ? "SUPPORTED" : "NOTED") : "NONE",
      text: `Facet fixture ${index}`,
    })),
  });
  await db.recommendationTheme.createMany({
    data: Array.from({ length: 30 }, (_, index) => ({
      recommendationId: `facet-${index}`,
      theme: index % 4 === 0 ? "Death penalty" : "Torture",
    })),
  });
  await db.recommendationSdgTarget.createMany({
    data: Array.from({ length: 10 }, (_, index) => ({ recommendationId: `facet-${index}`, targetCode: "16.3" })),
  });
});

describe("RecommendationFacet", () => {
  it("equals the GROUP BY counts after inserts, updates and deletes", async () => {
    expect(await kept()).toEqual(await truth());
    await db.recommendation.update({ where: { id: "facet-1" }, data: { mechanismCode: "CCPR", cycle: "session 81" } });
    await db.recommendation.update({ where: { id: "facet-3" }, data: { response: "SUPPORTED_IN_PART" } });
    await db.recommendationTheme.update({
      where: { recommendationId_theme: { recommendationId: "facet-2", theme: "Torture" } },
      data: { theme: "Prison conditions" },
    });
    await db.recommendation.delete({ where: { id: "facet-4" } });
    await db.recommendationSdgTarget.deleteMany({ where: { recommendationId: "facet-5" } });
    expect(await kept()).toEqual(await truth());
    // A value no row carries any more leaves the menus.
    await db.recommendation.update({ where: { id: "facet-1" }, data: { mechanismCode: "CAT", cycle: "session 80" } });
    expect((await kept()).some((row) => row.includes("session 81"))).toBe(false);
    expect(await kept()).toEqual(await truth());
  });

  it("gives the menus their counts and the list its exact totals", async () => {
    const vocabulary = await getRecommendationVocabulary();
    expect(vocabulary.themes.find((row) => row.theme === "Death penalty")?.count).toBe(7);
    expect(vocabulary.mechanisms.find((row) => row.code === "UPR")?.count).toBe(10);
    expect((await listRecommendations({ ...filters, page: 1 })).total).toBe(29);
    expect((await listRecommendations({ ...filters, theme: "Death penalty", page: 1 })).total).toBe(7);
    expect((await listRecommendations({ ...filters, cycle: "4th cycle", page: 1 })).total).toBe(14);
    const combined = await listRecommendations({ ...filters, mechanism: "CAT", theme: "Torture", page: 1 });
    expect(combined.total).toBe(combined.items.length);
    expect(combined.items.every((item) => item.mechanismCode === "CAT")).toBe(true);
  });

  it("sums the mechanism summary by aggregation, whole and per cycle", async () => {
    const whole = await getMechanismSummary("UPR", null);
    expect(whole.total).toBe(10);
    expect(whole.responses).toEqual({ SUPPORTED: 5, NOTED: 4, SUPPORTED_IN_PART: 1 });
    const cycle = await getMechanismSummary("UPR", "4th cycle");
    expect(cycle.total).toBe(5);
  });

  it("says when a page is past the end instead of showing an empty page", async () => {
    const result = await listRecommendations({ ...filters, page: 99 });
    expect(result).toMatchObject({ position: "past-end", pageCount: 1, total: 29, items: [] });
  });
});
