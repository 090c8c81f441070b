import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { parseSearchQuery } from "@/lib/search/query";
import { searchJoin, searchOrder } from "@/lib/search/sql";
import { COUNT_LIMIT, pagePosition, RANK_WINDOW, type RecommendationFilters } from "../filters";
import { countMatches, filterClauses, planMemberships, readRecommendationPage } from "./data";
import { NO_FILTERS } from "@/tests/support/recommendation-filters";

// Words with other filters are read in one walk of the words' matches, a theme or SDG target listed
// once or checked per match (issue 24). Whatever the plan, a page holds what the plain query gives:
// every match scored and checked row by row, the newest RANK_WINDOW kept, ranked, then paged.

const ROWS = 3_000;
const PAGE_SIZE = 50;
const none = NO_FILTERS;
// Ids sort in the order the rows were added (the newest last), on both databases.
const idOf = (index: number) => `wf-${String(index).padStart(5, "0")}`;

beforeAll(async () => {
  const data = Array.from({ length: ROWS }, (_, index) => ({
    id: idOf(index),
    mechanismCode: index % 4 === 0 ? "CAT" : "UPR",
    cycle: "words",
    symbol: `X/WF/${index % 7}`,
    paragraph: String(index),
    issuedOn: new Date(Date.UTC(2010 + (index % 5), 0, 1)),
    // 90 % mention torture, some twice (scores differ), a few in custody; ties are broken by the list's order
    // (paragraphs differ, so it is total).
    text:
      index % 10 === 9
        ? `Ensure a fair trial ${index}`
        : `Prevent torture${index % 3 === 0 ? " and torture" : ""}${index % 50 === 1 ? " in custody" : ""} ${index % 13}`,
  }));
  await db.recommendation.createMany({ data });
  await db.recommendationTheme.createMany({
    data: data.flatMap((row, index) => [
      ...(index % 5 !== 0 ? [{ recommendationId: row.id, theme: "Death penalty" }] : []),
      ...(index % 97 === 0 ? [{ recommendationId: row.id, theme: "Rare theme" }] : []),
    ]),
  });
  await db.recommendationSdgTarget.createMany({
    data: data.filter((_, index) => index % 3 === 0).map((row) => ({ recommendationId: row.id, targetCode: "16.3" })),
  });
}, 120_000);

/** The plain reading: every match scored and checked row by row, the newest RANK_WINDOW ranked. */
async function plainPage(filters: RecommendationFilters) {
  const search = parseSearchQuery(filters.query);
  const { conditions } = filterClauses(filters, { theme: "walk", sdg: "walk" });
  const matched = (where: Prisma.Sql[]) =>
    Prisma.sql`FROM "Recommendation" AS "r" ${searchJoin("recommendations", "r", search)}
      ${where.length > 0 ? Prisma.sql`WHERE ${Prisma.join(where, " AND ")}` : Prisma.empty}`;
  const all = await db.$queryRaw<{ id: string }[]>(
    Prisma.sql`SELECT "r"."id" AS "id" ${matched(conditions)} ORDER BY "r"."id" DESC`,
  );
  const total = Math.min(all.length, COUNT_LIMIT);
  const isAtLeast = all.length > COUNT_LIMIT;
  const isRankedWithinRecent = isAtLeast || total > RANK_WINDOW;
  const oldest = all.slice(0, RANK_WINDOW).at(-1)?.id ?? "";
  const { position } = pagePosition(
    filters.page,
    total,
    PAGE_SIZE,
    isAtLeast,
    isRankedWithinRecent ? RANK_WINDOW : COUNT_LIMIT,
  );
  const ids =
    position === "page"
      ? await db.$queryRaw<{ id: string }[]>(
          Prisma.sql`SELECT "r"."id" AS "id" ${matched([...conditions, Prisma.sql`"r"."id" >= ${oldest}`])}
            ORDER BY ${searchOrder}, "r"."issuedOn" DESC, "r"."symbol" ASC, "r"."paragraph" ASC, "r"."recommendingState" ASC
            LIMIT ${PAGE_SIZE} OFFSET ${(filters.page - 1) * PAGE_SIZE}`,
        )
      : [];
  return { ids: ids.map((row) => row.id), total, isAtLeast, isRankedWithinRecent, position };
}

async function expectPlainPage(filters: RecommendationFilters) {
  const page = await readRecommendationPage(filters, PAGE_SIZE);
  const plain = await plainPage(filters);
  expect({
    ids: page.ids,
    total: page.total,
    isAtLeast: page.isAtLeast,
    isRankedWithinRecent: page.isRankedWithinRecent,
    position: page.position,
  }).toEqual(plain);
  return page;
}

describe("a page of words with other filters", () => {
  it("lists a common theme beside a common word, and gives the plain query's pages", async () => {
    const filters = { ...none, query: "torture", theme: "Death penalty" };
    const plan = await planMemberships(filters, await countMatches(parseSearchQuery("torture")));
    expect(plan.theme).toBe("rows");
    const first = await expectPlainPage(filters);
    // More than the window match: ranked among the newest RANK_WINDOW, 40 pages of them.
    expect(first.total).toBeGreaterThan(RANK_WINDOW);
    expect(first.isRankedWithinRecent).toBe(true);
    expect(first.ids).toHaveLength(PAGE_SIZE);
    for (const page of [2, 17, 40]) await expectPlainPage({ ...filters, page });
    expect((await expectPlainPage({ ...filters, page: 41 })).position).toBe("beyond-limit");
  });

  it("lists a rare theme, and checks a common one per match beside a rare word", async () => {
    await expectPlainPage({ ...none, query: "torture", theme: "Rare theme" });
    const rareWord = { ...none, query: "custody", theme: "Death penalty" };
    expect((await planMemberships(rareWord, await countMatches(parseSearchQuery("custody")))).theme).toBe("walk");
    const page = await expectPlainPage(rareWord);
    expect(page.total).toBe(60);
    await expectPlainPage({ ...rareWord, page: 2 });
  });

  it("combines a word with a mechanism, an SDG target and a theme at once", async () => {
    await expectPlainPage({ ...none, query: "torture", mechanism: "CAT" });
    await expectPlainPage({ ...none, query: "torture", mechanism: "CAT", page: 3 });
    await expectPlainPage({ ...none, query: "torture", sdg: "16.3", theme: "Death penalty" });
    await expectPlainPage({ ...none, query: "torture custody", sdg: "16.3", mechanism: "UPR" });
  });

  it("answers no match, and a page past the last, with no ids", async () => {
    expect((await expectPlainPage({ ...none, query: "nowhere", theme: "Death penalty" })).total).toBe(0);
    expect((await expectPlainPage({ ...none, query: "torture", theme: "Rare theme", page: 9 })).position).toBe(
      "past-end",
    );
  });
});
