import { describe, expect, it } from "vitest";
import { localePath, negotiateLocale, splitLocalePath } from "./locales";

describe("locale negotiation", () => {
  it.each([
    ["ru-KZ,ru;q=0.9,en;q=0.8", "ru"],
    ["kk-KZ,kk;q=0.9,ru;q=0.8", "kk"],
    ["de-DE,de;q=0.9,en;q=0.5", "en"],
    ["en;q=0.4,kk;q=0.6", "kk"],
    ["fr, *;q=0.1", null],
    ["", null],
  ])("%j → %s", (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});

describe("locale paths", () => {
  it("split and join the locale prefix", () => {
    expect(splitLocalePath("/kk/commitments/abc")).toEqual({ locale: "kk", path: "/commitments/abc" });
    expect(splitLocalePath("/ru")).toEqual({ locale: "ru", path: "/" });
    expect(splitLocalePath("/commitments")).toEqual({ locale: null, path: "/commitments" });
    expect(splitLocalePath("/de/commitments")).toEqual({ locale: null, path: "/de/commitments" });
    expect(splitLocalePath("/english")).toEqual({ locale: null, path: "/english" });
    expect(localePath("kk", "/")).toBe("/kk");
    expect(localePath("en", "/reports")).toBe("/en/reports");
  });
});
