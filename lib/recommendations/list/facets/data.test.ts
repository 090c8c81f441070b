import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { RecommendationFilters } from "../../filters";
import { readFacetCounts } from "./data";
import { NO_FILTERS } from "@/tests/support/recommendation-filters";

// The counts beside each filter value follow the other filters and the words (issue 24): each
// equals what the list would count with that value chosen and everything else kept.

const none = NO_FILTERS;
const ROWS = 60;

beforeAll(async () => {
  await db.recommendation.createMany({
    data: Array.from({ length: ROWS }, (_, index) => ({
      id: `fc-${index}`,
      mechanismCode: index % 3 === 0 ? "UPR" : "CAT",
      cycle: index % 2 === 0 ? "4th cycle" : "session 80",
      symbol: "X/FC/1",
      paragraph: String(index + 1),
      response: index % 3 === 0 ? (index % 2 === 0 ? "SUPPORTED" : "NOTED") : "NONE",
      text: index % 5 === 0 ? `Prevent torture in custody ${index}` : `Ensure a fair trial ${index}`,
    })),
  });
  await db.recommendationTheme.createMany({
    data: Array.from({ length: ROWS }, (_, index) => ({
      recommendationId: `fc-${index}`,
      theme: index % 4 === 0 ? "Death penalty" : "Torture",
    })),
  });
  await db.recommendationSdgTarget.createMany({
    data: Array.from({ length: 20 }, (_, index) => ({ recommendationId: `fc-${index}`, targetCode: "16.3" })),
  });
});

/** What the list holds for these filters, counted row by row. */
async function truth(filters: RecommendationFilters, group: "mechanism" | "cycle" | "theme" | "sdg") {
  const rows = await db.recommendation.findMany({
    where: {
      id: { startsWith: "fc-" },
      ...(filters.mechanism ? { mechanismCode: filters.mechanism } : {}),
      ...(filters.cycle ? { cycle: filters.cycle } : {}),
      ...(filters.response ? { response: filters.response } : {}),
      ...(filters.theme ? { themes: { some: { theme: filters.theme } } } : {}),
      ...(filters.sdg ? { sdgTargets: { some: { targetCode: filters.sdg } } } : {}),
      ...(filters.query ? { text: { contains: filters.query } } : {}),
    },
    select: { mechanismCode: true, cycle: true, themes: true, sdgTargets: true },
  });
  const counts: Record<string, number> = {};
  for (const row of rows) {
    const values =
      group === "mechanism"
        ? [row.mechanismCode]
        : group === "cycle"
          ? [row.cycle]
          : group === "theme"
            ? row.themes.map((theme) => theme.theme)
            : row.sdgTargets.map((target) => target.targetCode);
    for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  }
  return counts;
}

describe("readFacetCounts", () => {
  it("counts each menu under the other filters and the words, not its own", async () => {
    const filters = { ...none, mechanism: "CAT", theme: "Torture", query: "torture" };
    const counts = await readFacetCounts(filters);
    expect(counts.mechanism).toEqual({
      counts: await truth({ ...filters, mechanism: null }, "mechanism"),
      isAtLeast: false,
    });
    expect(counts.theme).toEqual({ counts: await truth({ ...filters, theme: null }, "theme"), isAtLeast: false });
    expect(counts.cycle.counts).toEqual(await truth(filters, "cycle"));
    expect(counts.sdg.counts).toEqual(await truth(filters, "sdg"));
    // The fixture is small: every count is exact, and the words narrow them.
    expect(counts.mechanism.counts.CAT).toBeLessThan(ROWS / 3);
  });

  it("takes the trigger-kept counts where no other filter narrows a menu", async () => {
    const counts = await readFacetCounts({ ...none, mechanism: "UPR" });
    expect(counts.mechanism.counts).toMatchObject(await truth(none, "mechanism"));
    expect(counts.cycle.counts).toMatchObject(await truth({ ...none, mechanism: "UPR" }, "cycle"));
    expect(counts.theme.counts).toEqual(await truth({ ...none, mechanism: "UPR" }, "theme"));
  });

  it("counts nothing for text with nothing searchable", async () => {
    const counts = await readFacetCounts({ ...none, query: '"*"' });
    expect(counts.mechanism).toEqual({ counts: {}, isAtLeast: false });
  });
});
