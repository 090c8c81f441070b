import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { commitmentTerms, recommendationTerms } from "./profile";
import { rankBySimilarity, rarityOver, precisionRecall } from "./evaluate";
import { cosineSimilarity } from "./similarity";
import { stemsOf } from "./terms";

type Fixture = { key: string; text: string; answers: string[]; group?: string };
const fixtures = (
  JSON.parse(readFileSync("tests/fixtures/linking/recommendations.json", "utf8")) as { recommendations: Fixture[] }
).recommendations;
const candidates = fixtures.map((fixture) => ({
  item: fixture.key,
  terms: recommendationTerms({ texts: [fixture.text], themes: [] }),
}));
const rarity = rarityOver(candidates.map((candidate) => candidate.terms));

describe("stems", () => {
  it("makes British and American spellings, and Russian case forms, meet", () => {
    expect(stemsOf("criminalise")).toEqual(stemsOf("criminalize"));
    expect(stemsOf("смертная казнь")).toEqual(stemsOf("смертной казни"));
    expect(stemsOf("tortured")).toEqual(stemsOf("torture"));
  });

  it("drops the words every recommendation uses, and folds ё and й as the index does", () => {
    expect(stemsOf("The State party should ensure")).toEqual([]);
    expect(stemsOf("ещё")).toEqual(stemsOf("еще"));
  });
});

describe("suggestions", () => {
  it("finds the death-penalty recommendations, in English and Russian, for the Second Optional Protocol commitment", () => {
    const commitment = commitmentTerms({
      titles: [
        "Join the Second Optional Protocol to the ICCPR and abolish the death penalty",
        "Присоединиться ко Второму Факультативному протоколу к МПГПП и отменить смертную казнь",
      ],
      summaries: [],
      quotes: [],
      instrumentNames: ["Second Optional Protocol to the International Covenant on Civil and Political Rights"],
      themeNames: ["death penalty"],
    });
    const top = rankBySimilarity(commitment, candidates, rarity, 5).map((scored) => scored.item);
    expect(top.filter((key) => key.startsWith("dp-")).length).toBeGreaterThanOrEqual(4);
    expect(top).toContain("dp-5");
  });

  it("finds the domestic-violence recommendations for the domestic-violence commitment, and nothing for unrelated text", () => {
    const commitment = commitmentTerms({
      titles: ["Criminalise domestic violence and tighten accountability for it"],
      summaries: [],
      quotes: [],
      instrumentNames: [],
      themeNames: ["domestic violence"],
    });
    const top = rankBySimilarity(commitment, candidates, rarity, 3).map((scored) => scored.item);
    expect(top.every((key) => key.startsWith("dv-"))).toBe(true);
    const unrelated = commitmentTerms({
      titles: ["Launch a weather satellite into orbit"],
      summaries: [],
      quotes: [],
      instrumentNames: [],
      themeNames: [],
    });
    expect(rankBySimilarity(unrelated, candidates, rarity, 5)).toEqual([]);
  });

  it("scores the same demand in other words above a different demand", () => {
    const byKey = new Map(candidates.map((candidate) => [candidate.item, candidate.terms]));
    const same = cosineSimilarity(byKey.get("df-1")!, byKey.get("df-2")!, rarity);
    const other = cosineSimilarity(byKey.get("df-1")!, byKey.get("tor-1")!, rarity);
    expect(same).toBeGreaterThan(other);
  });

  it("counts precision and recall over the queries that have marked links only", () => {
    const figures = precisionRecall([
      { suggested: ["a", "b"], relevant: new Set(["a", "c"]) },
      { suggested: ["x"], relevant: new Set() },
    ]);
    expect(figures).toEqual({ precision: 0.5, recall: 0.5, queries: 1 });
  });
});
