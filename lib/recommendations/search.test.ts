import { beforeAll, describe, expect, it } from "vitest";
import { dialectOf } from "@/lib/db/dialect";
import { db } from "@/lib/db/client";
import { listRecommendations, searchCommitmentsForLinking, searchRecommendationsForEditor } from "./data";
import { NO_FILTERS } from "@/tests/support/recommendation-filters";

// The full-text search (lib/search/, FTS5 kept by triggers): prefixes and stems in every script,
// phrases, ranking, hostile text, and a common word matching more rows than one statement can bind.

const MANY = 2_500;
// Every call below gives its own words.
const filters = NO_FILTERS;
const TEXTS: Record<string, string> = {
  "search-0": "Ensure 100% of detainees see a lawyer — ҚАЗАҚСТАН",
  "search-1": "Amend article_12 of the Code",
  "search-2": "Искоренить применение пыток в местах лишения свободы",
  "search-3": "Расследовать все заявления о пытках",
  "search-4": "Criminalise torture in line with the Convention against Torture and prevent torture",
  "search-5": "The State party should prevent ill-treatment and torture of detainees in police custody",
  "search-6": "Азаптауды болдырмау үшін тәуелсіз тетік құру",
  "search-7": "Support the café owners' association",
};

const ids = async (query: string, extra: Partial<typeof filters> = {}) =>
  (await listRecommendations({ ...filters, ...extra, query })).items.map((item) => item.id);

beforeAll(async () => {
  await db.recommendation.createMany({
    data: Object.entries(TEXTS).map(([id, text], index) => ({
      id,
      mechanismCode: index % 2 === 0 ? "CAT" : "CCPR",
      cycle: "search",
      symbol: "CAT/C/SEARCH/CO/1",
      paragraph: String(index + 1),
      text,
    })),
  });
  for (let start = 0; start < MANY; start += 1_000) {
    await db.recommendation.createMany({
      data: Array.from({ length: Math.min(1_000, MANY - start) }, (_, offset) => ({
        id: `common-${start + offset}`,
        mechanismCode: "CRC",
        cycle: "search",
        symbol: "CRC/C/SEARCH/CO/1",
        paragraph: String(start + offset + 1),
        text: `Common word ${start + offset}`,
      })),
    });
  }
}, 120_000);

describe("listRecommendations search", () => {
  it("finds Russian inflected forms from a stem or another form", async () => {
    expect((await ids("пытк")).sort()).toEqual(["search-2", "search-3"]);
    expect((await ids("ПЫТКИ")).sort()).toEqual(["search-2", "search-3"]);
  });

  it("finds Kazakh and Latin words in any case, by prefix, with diacritics folded", async () => {
    expect(await ids("қазақстан")).toEqual(["search-0"]);
    expect(await ids("ТӘУЕЛСІЗ")).toEqual(["search-6"]);
    expect(await ids("азаптау")).toEqual(["search-6"]);
    expect(await ids("cafe")).toEqual(["search-7"]);
    expect((await ids("tortur")).sort()).toEqual(["search-4", "search-5"]);
  });

  it("ranks the text that says it most first, and keeps phrases in order", async () => {
    expect(await ids("torture")).toEqual(["search-4", "search-5"]);
    expect(await ids('"prevent torture"')).toEqual(["search-4"]);
    expect(await ids('"torture prevent"')).toEqual([]);
  });

  it("reads % and _ as separators, never as wildcards", async () => {
    expect(await ids("100%")).toContain("search-0");
    // Numbers match whole ("common-9" is paragraph 10), never as a prefix of 100 or 1000.
    expect((await ids("10%")).sort()).toEqual(["common-10", "common-9"]);
    expect(await ids("article_12")).toEqual(["search-1"]);
    expect(await ids("e_s")).toEqual([]);
  });

  it("answers hostile text with an empty result or a note, never an error", async () => {
    for (const query of [
      '%"*NEAR-'.repeat(25),
      '"unbalanced torture',
      "NEAR(torture prevent, 2)",
      "-torture",
      "*",
      '""',
    ]) {
      const result = await listRecommendations({ ...filters, query });
      expect(result.items.length).toBeLessThanOrEqual(50);
    }
    const nothing = await listRecommendations({ ...filters, query: '%%% *** """ ---' });
    expect(nothing).toMatchObject({ total: 0, isQueryUnsearchable: true, items: [] });
    expect(await ids('"unbalanced torture')).toEqual([]);
    expect(await ids('torture "detainees')).toEqual(["search-5"]);
  });

  it("combines words with filters", async () => {
    expect(await ids("torture", { mechanism: "CAT" })).toEqual(["search-4"]);
    expect(await ids("detainees", { mechanism: "CCPR" })).toEqual(["search-5"]);
  });

  it("answers a word matching 2,500 recommendations (more than one statement can bind), a page at a time", async () => {
    // More than RANK_WINDOW (2,000) match: the 2,000 most recently added are ranked, 40 pages of them.
    const result = await listRecommendations({ ...filters, query: "common" });
    expect(result).toMatchObject({ total: MANY, pageCount: 40, position: "page", isRankedWithinRecent: true });
    expect(result.items).toHaveLength(50);
    expect(result.items[0]?.id).toBe(`common-${MANY - 1}`);
    const last = await listRecommendations({ ...filters, query: "common", page: 40 });
    expect(last.items.at(-1)?.id).toBe(`common-${MANY - 2_000}`);
    const deeper = await listRecommendations({ ...filters, query: "common", page: 41 });
    expect(deeper).toMatchObject({ position: "beyond-limit", items: [] });
    const past = await listRecommendations({ ...filters, query: "common", page: 51 });
    expect(past).toMatchObject({ total: MANY, pageCount: 40, position: "past-end", items: [] });
  });

  it("keeps the index true through updates and deletes (triggers)", async () => {
    await db.recommendation.update({ where: { id: "search-7" }, data: { text: "Protect journalists" } });
    expect(await ids("cafe")).toEqual([]);
    expect(await ids("journalists")).toEqual(["search-7"]);
    await db.recommendation.delete({ where: { id: "search-7" } });
    expect(await ids("journalists")).toEqual([]);
    if (dialectOf() === "postgres") {
      // Every recommendation has its one document, equal to its text's as the triggers compute it.
      const [row] = await db.$queryRawUnsafe<{ stale: bigint }[]>(`SELECT count(*) AS "stale" FROM "Recommendation" AS r
        LEFT JOIN "RecommendationSearch" AS s ON s."id" = r."id"
        WHERE s."document" IS DISTINCT FROM uade_search_document(r."symbol", r."paragraph", r."recommendingState",
          r."cycle", r."text", r."textEn", r."textRu", r."textKk")`);
      expect(Number(row?.stale)).toBe(0);
    } else {
      await db.$executeRawUnsafe(
        `INSERT INTO "RecommendationSearch"("RecommendationSearch", rank) VALUES ('integrity-check', 1)`,
      );
    }
  });

  it("gives the editor's search the same semantics", async () => {
    expect((await searchRecommendationsForEditor("пытки")).map((item) => item.id).sort()).toEqual([
      "search-2",
      "search-3",
    ]);
    expect(await searchRecommendationsForEditor("%%%")).toEqual([]);
  });
});

describe("searchCommitmentsForLinking", () => {
  it("finds a commitment by its translation's words, kept in step when the translation changes", async () => {
    const commitment = await db.commitment.create({
      data: {
        slug: "search-linking",
        title: "Abolish the death penalty",
        summary: "Ratify the Second Optional Protocol",
        category: "justice",
        responsibleBody: "government",
      },
    });
    const found = async (query: string) => (await searchCommitmentsForLinking(query)).map((row) => row.slug);
    expect(await found("смертной")).toEqual([]);
    await db.commitmentTranslation.create({
      data: {
        commitmentId: commitment.id,
        locale: "ru",
        title: "Отменить смертную казнь",
        summary: "Ратифицировать протокол",
      },
    });
    expect(await found("смертной")).toEqual(["search-linking"]);
    expect(await found("ABOLISH")).toEqual(["search-linking"]);
    await db.commitmentTranslation.delete({
      where: { commitmentId_locale: { commitmentId: commitment.id, locale: "ru" } },
    });
    expect(await found("смертной")).toEqual([]);
    await db.commitment.update({ where: { id: commitment.id }, data: { title: "Keep the moratorium" } });
    expect(await found("abolish")).toEqual([]);
    expect(await found("moratorium")).toEqual(["search-linking"]);
  });
});
