import { describe, expect, it } from "vitest";
import { recommendingStatesIn, stateCode } from "./import-states";

describe("recommending states", () => {
  it("reads the names UN documents and UPR Info use as ISO codes", () => {
    expect(
      ["Russian Federation", "Czech Republic", "Türkiye", "Viet Nam", "Maldives", "KZ", "Эстония"].map(stateCode),
    ).toEqual(["RU", "CZ", "TR", "VN", "MV", "KZ", "EE"]);
    expect(stateCode("Fixtureland")).toBeNull();
  });

  it("shows them in the reader's language, and the stored names when there are no codes", () => {
    expect(recommendingStatesIn("ru", "MV;EE", "Maldives; Estonia")).toBe("Мальдивы; Эстония");
    expect(recommendingStatesIn("kk", "EE", "Estonia")).not.toBe("Estonia");
    expect(recommendingStatesIn("en", "", "Fixtureland")).toBe("Fixtureland");
  });
});
