import { describe, expect, it } from "vitest";
import { buildSearchText, normaliseForSearch } from "./search-text";

describe("search text", () => {
  it("folds Cyrillic, including Kazakh letters, the way it folds Latin", () => {
    const stored = buildSearchText(["ҚАЗАҚСТАН РЕСПУБЛИКАСЫ", "Death Penalty"]);
    expect(stored).toContain(normaliseForSearch("қазақстан"));
    expect(stored).toContain(normaliseForSearch("DEATH penalty"));
    expect(stored).toContain(normaliseForSearch("Республикасы"));
  });

  it("skips empty parts and collapses white space", () => {
    expect(buildSearchText(["  A\n\nB ", null, undefined, ""])).toBe("a b");
  });
});
