import { describe, expect, it } from "vitest";
import { searchWords } from "./search-words";

describe("the words of a commitment search", () => {
  it("keeps Latin words and short words whole, lower-cased", () => {
    expect(searchWords("  Torture  AND the CAT ")).toEqual(["torture", "and", "the", "cat"]);
  });

  it("cuts Russian and Kazakh words to their stems so other endings match", () => {
    expect(searchWords("Пытки клевету")).toEqual(["пыт", "клеве"]);
    expect(searchWords("«азаптау»")).toEqual(["азапт"]);
    expect(searchWords("суд")).toEqual(["суд"]);
  });

  it("drops punctuation-only words and repeats, and keeps at most eight", () => {
    expect(searchWords("— a, a; b")).toEqual(["a", "b"]);
    expect(searchWords("1 2 3 4 5 6 7 8 9 10")).toHaveLength(8);
  });
});
