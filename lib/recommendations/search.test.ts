import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { buildSearchText } from "@/lib/search-text";
import { listRecommendations } from "./data";

// The public list's search: literal (no LIKE wildcards), every script's case, and a common word
// that matches more recommendations than Prisma's libSQL adapter binds in one statement (999):
// an id list of the matches failed there with a 500.

const MANY = 2_500;
const filters = {
  mechanism: null,
  cycle: null,
  response: null,
  theme: null,
  sdg: null,
  assessment: null,
  page: 1,
} as const;

beforeAll(async () => {
  const text = (index: number) =>
    index === 0
      ? "[FIXTURE] Ensure 100% of detainees see a lawyer — ҚАЗАҚСТАН"
      : index === 1
        ? "[FIXTURE] Amend article_12 of the Code"
        : `[FIXTURE] Common word ${index}`;
  for (let start = 0; start < MANY; start += 1_000) {
    await db.recommendation.createMany({
      data: Array.from({ length: Math.min(1_000, MANY - start) }, (_, offset) => {
        const index = start + offset;
        return {
          id: `search-${index}`,
          mechanismCode: "CAT",
          cycle: "search",
          symbol: "CAT/C/SEARCH/CO/1",
          paragraph: String(index + 1),
          text: text(index),
          searchText: buildSearchText([text(index)]),
        };
      }),
    });
  }
}, 120_000);

describe("listRecommendations search", () => {
  it("matches a query with % or _ literally, not as a wildcard", async () => {
    expect((await listRecommendations({ ...filters, query: "100%" })).items.map((item) => item.id)).toEqual([
      "search-0",
    ]);
    expect((await listRecommendations({ ...filters, query: "article_12" })).items.map((item) => item.id)).toEqual([
      "search-1",
    ]);
    expect((await listRecommendations({ ...filters, query: "e_s" })).total).toBe(0);
  });

  it("finds Cyrillic text whatever its case", async () => {
    expect((await listRecommendations({ ...filters, query: "қазақстан" })).items.map((item) => item.id)).toEqual([
      "search-0",
    ]);
  });

  it("answers a query matching 2,500 recommendations (more ids than one statement can bind)", async () => {
    const result = await listRecommendations({ ...filters, query: "[fixture]" });
    expect(result.total).toBe(MANY);
    expect(result.items).toHaveLength(50);
  });
});
