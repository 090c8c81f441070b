import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// "What was promised" (a commitment's summary) says the promise as the source stated it, never the
// outcome: whether it was kept is the assessment's job (issue 26). These patterns catch a summary
// that reports a result ("was adopted", «принят», «қабылданды») in any of the three languages.

type Seed = { commitments: { slug: string; summary: string }[] };
type Translations = Record<string, Record<"ru" | "kk", { summary: string }>>;

const seed = JSON.parse(readFileSync("prisma/seed/commitments.json", "utf8")) as Seed;
const translations = JSON.parse(readFileSync("prisma/seed/commitments.translations.json", "utf8")) as Translations;

const OUTCOME = {
  en: /\b(?:was|were|has been|have been)\s+(?:\w+ed|made|set up|given|taken|introduced)\b|^(?:Kazakhstan|The \w+(?: \w+)?) (?:adopted|ratified|established|introduced|joined|launched|approved|signed|created|amended|gave|strengthened)\b/iu,
  ru: /(?<![\p{L}])(?:был[аио]?\s+\p{L}+|принят[аоы]?|создан[аоы]?|учреждён[аоы]?|введен[аоы]?|внесены|ратифицировал|утвердило|запустила|вступил|реформирован[аоы]?|снижена|исключена)(?![\p{L}])/iu,
  kk: /(?<![\p{L}])(?:қабылданды|құрылды|енгізілді|ратификациялады|бекітті|бекітіп|бастады|кірді|азайтылды|реформаланды|тасталды|әзірленді|күшейтті|кеңейтті)(?![\p{L}])/iu,
};

describe("what was promised", () => {
  it("covers all 69 commitments in three languages", () => {
    expect(seed.commitments).toHaveLength(69);
    for (const { slug } of seed.commitments) expect(translations[slug], slug).toBeDefined();
  });

  it.each(["en", "ru", "kk"] as const)("is worded as the promise, not the outcome (%s)", (language) => {
    const outcomes = seed.commitments
      .map(({ slug, summary }) => [slug, language === "en" ? summary : (translations[slug]?.[language].summary ?? "")])
      .filter(([, summary]) => OUTCOME[language].test(summary ?? ""))
      .map(([slug, summary]) => `${slug}: ${summary}`);
    expect(outcomes).toEqual([]);
  });
});
