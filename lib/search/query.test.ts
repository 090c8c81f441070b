import { describe, expect, it } from "vitest";
import { fts5MatchExpression } from "./fts5";
import { alternativesOf, MAX_SEARCH_TERMS, parseSearchQuery } from "./query";

const match = (text: string) => fts5MatchExpression(parseSearchQuery(text));

describe("parseSearchQuery", () => {
  it("matches Latin words as prefixes and numbers whole, every word required", () => {
    expect(match("Torture 12")).toBe('"torture" * AND "12"');
  });

  it("reaches a Russian word's stem and its fleeting-vowel form", () => {
    expect(alternativesOf("пытки")).toEqual([
      { tokens: ["пытк"], isPrefix: true },
      { tokens: ["пыток"], isPrefix: false },
      { tokens: ["пытек"], isPrefix: false },
    ]);
    expect(alternativesOf("тюрьмы")).toContainEqual({ tokens: ["тюрем"], isPrefix: false });
    expect(match("ҚАЗАҚСТАН")).toBe('"қазақстан" *');
  });

  it("keeps a quoted phrase whole and reads a symbol as a phrase of its parts", () => {
    expect(match('"fair trial" A/HRC/43/10')).toBe('"fair trial" AND "a hrc 43 10"');
  });

  it("never passes operators or syntax through", () => {
    expect(match('NEAR(a b) -x * OR "unbalanced')).toBe('"near a" AND "b" AND "x" AND "or" AND "unbalanced" *');
    expect(parseSearchQuery('%%% *** """ --- ').terms).toEqual([]);
    const hostile = '%"*NEAR-'.repeat(25);
    const expression = match(hostile);
    expect(expression.split(" AND ").length).toBeLessThanOrEqual(MAX_SEARCH_TERMS);
    // Only quoted letters and digits, optional prefix stars, AND, OR and parentheses.
    const alternative = '"[\\p{L}\\p{N}\\p{M} ]+"(?: \\*)?';
    const term = `(?:${alternative}|\\((?:${alternative})(?: OR ${alternative})*\\))`;
    expect(expression).toMatch(new RegExp(`^${term}(?: AND ${term})*$`, "u"));
  });

  it("searches at most MAX_SEARCH_TERMS words and says the rest were dropped", () => {
    const query = parseSearchQuery(
      Array.from({ length: MAX_SEARCH_TERMS + 3 }, (_, index) => `word${index}`).join(" "),
    );
    expect(query.terms).toHaveLength(MAX_SEARCH_TERMS);
    expect(query.isTruncated).toBe(true);
  });
});
