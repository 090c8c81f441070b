import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// The glossary (i18n/glossary.md, "One term per concept") is the source of the terms: this test
// reads its table and looks for every listed wrong variant in the catalogues and the dataset.

type Rule = { concept: string; language: string; use: string; never: string[] };

const SECTION = "## One term per concept (checked)";

/** The rows of the glossary's checked table. */
function readRules(markdown: string): Rule[] {
  const start = markdown.indexOf(SECTION);
  if (start < 0) throw new Error(`glossary.md has no "${SECTION}" section`);
  const end = markdown.indexOf("\n## ", start + SECTION.length);
  const lines = markdown.slice(start, end < 0 ? undefined : end).split("\n");
  return lines
    .filter((line) => line.startsWith("| ") && !line.startsWith("| ---") && !line.startsWith("| concept"))
    .map((line) => {
      const [concept = "", language = "", use = "", never = ""] = line
        .split("|")
        .slice(1)
        .map((cell) => cell.trim());
      return { concept, language, use, never: [...never.matchAll(/«([^»]+)»/g)].map((match) => match[1] ?? "") };
    });
}

/** A whole-word, case-blind pattern; a variant ending in "…" matches any word it begins. */
function variantPattern(variant: string): RegExp {
  const isPrefix = variant.endsWith("…");
  const body = (isPrefix ? variant.slice(0, -1) : variant).replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}${isPrefix ? "" : "(?![\\p{L}\\p{N}])"}`, "iu");
}

function strings(tree: unknown, path = ""): [string, string][] {
  if (typeof tree === "string") return [[path, tree]];
  if (Array.isArray(tree)) return tree.flatMap((item, index) => strings(item, `${path}[${index}]`));
  if (tree && typeof tree === "object")
    return Object.entries(tree).flatMap(([key, value]) => strings(value, path ? `${path}.${key}` : key));
  return [];
}

/** ICU argument names ({email}, {count, plural, …}) are code, not words. */
const withoutArguments = (text: string) => text.replace(/\{\s*[A-Za-z_][\w]*\s*(?=[,}])/g, "{");

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));

/** Every text a reader of `language` sees from the repository: both catalogues and the dataset's words. */
function textsIn(language: string): [string, string][] {
  const catalogues = [`messages/${language}.json`, `messages/${language}.manage.json`].flatMap((file) =>
    strings(readJson(file)).map(([key, text]): [string, string] => [`${file}: ${key}`, withoutArguments(text)]),
  );
  const suffix = language === "ru" ? "Ru" : language === "kk" ? "Kk" : null;
  const seed = strings(readJson("prisma/seed/commitments.json")).filter(([key]) => suffix && key.endsWith(suffix));
  const translations = strings(readJson("prisma/seed/commitments.translations.json")).filter(([key]) =>
    key.includes(`.${language}.`),
  );
  return [...catalogues, ...[...seed, ...translations].map(([key, text]): [string, string] => [`seed: ${key}`, text])];
}

const rules = readRules(readFileSync("i18n/glossary.md", "utf8"));

describe("the glossary's checked terms", () => {
  it("has one row per concept and language, and never lists its own term as wrong", () => {
    expect(rules.length).toBeGreaterThan(20);
    const seen = new Set<string>();
    for (const rule of rules) {
      const id = `${rule.concept} / ${rule.language}`;
      expect(seen.has(id), `${id} is listed twice`).toBe(false);
      seen.add(id);
      expect(["en", "ru", "kk"], id).toContain(rule.language);
      for (const variant of rule.never) expect(variantPattern(variant).test(rule.use), `${id}: ${variant}`).toBe(false);
    }
  });

  it("matches whole words only (and word beginnings for «…»)", () => {
    expect(variantPattern("баға").test("бағалау")).toBe(false);
    expect(variantPattern("баға").test("дәлелсіз баға шығармайды")).toBe(true);
    expect(variantPattern("Uade-да").test("Uade-дағы")).toBe(false);
    expect(variantPattern("таспа…").test("және таспасы жоғалады")).toBe(true);
    expect(withoutArguments("Пользователь {email} и {count, plural, one {# x} other {# y}}")).not.toMatch(/email/);
  });

  describe.each([...new Set(rules.filter((rule) => rule.never.length > 0).map((rule) => rule.language))])(
    "%s",
    (language) => {
      const texts = textsIn(language);
      it.each(
        rules.filter((rule) => rule.language === language && rule.never.length > 0).map((rule) => [rule.concept, rule]),
      )("says %s one way", (_concept, rule) => {
        const found = texts.flatMap(([where, text]) =>
          rule.never
            .filter((variant) => variantPattern(variant).test(text))
            .map((variant) => `${where}: «${variant}» in «${text}»`),
        );
        expect(found, `use «${rule.use}» (i18n/glossary.md)`).toEqual([]);
      });
    },
  );
});
