import { afterEach, describe, expect, it, vi } from "vitest";
import { formatLongDay, formatNumber } from "./format-number";

describe("formatNumber", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("groups Kazakh thousands with a no-break space and never an English comma", () => {
    expect(formatNumber(5000, "kk")).toBe("5\u00a0000");
    expect(formatNumber(1234567.5, "kk")).toBe("1\u00a0234\u00a0567,5");
    expect(formatNumber(21, "kk")).toBe("21");
  });

  it("writes «5 000» in a runtime with no Kazakh number data, as Chromium (which writes 5,000)", () => {
    const Real = Intl.NumberFormat;
    // Chromium's ICU data has no "kk" numbers: it falls back to the root locale's symbols.
    function chromiumLike(locales?: string | string[], options?: Intl.NumberFormatOptions) {
      return new Real(locales === "kk" ? "en" : locales, options);
    }
    vi.stubGlobal("Intl", { ...Intl, NumberFormat: chromiumLike });
    expect(new Intl.NumberFormat("kk").format(5000)).toBe("5,000"); // the stub behaves as Chromium does
    expect(formatNumber(5000, "kk")).toBe("5\u00a0000");
  });

  it("agrees with CLDR's Kazakh where the runtime has it", () => {
    expect(formatNumber(12345, "kk")).toBe(new Intl.NumberFormat("kk").format(12345));
  });

  it("leaves Russian and English to Intl", () => {
    expect(formatNumber(5000, "ru")).toBe(new Intl.NumberFormat("ru").format(5000));
    expect(formatNumber(5000, "en")).toBe("5,000");
  });
});

describe("formatLongDay", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("writes every Kazakh month as CLDR does («2025 ж. 3 наурыз»)", () => {
    for (let month = 0; month < 12; month += 1) {
      const day = new Date(Date.UTC(2025, month, 3));
      expect(formatLongDay(day, "kk")).toBe(
        new Intl.DateTimeFormat("kk", { dateStyle: "long", timeZone: "UTC" }).format(day),
      );
    }
  });

  it("writes a Kazakh month name in a runtime without Kazakh dates (Chromium writes 2025 M03 3)", () => {
    const Real = Intl.DateTimeFormat;
    function chromiumLike(locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
      return new Real(locales === "kk" ? "und" : locales, options);
    }
    vi.stubGlobal("Intl", { ...Intl, DateTimeFormat: chromiumLike });
    expect(formatLongDay(new Date(Date.UTC(2025, 2, 3)), "kk")).toBe("2025 ж. 3 наурыз");
    expect(formatLongDay(new Date(Date.UTC(2025, 2, 3)), "ru")).toBe("3 марта 2025 г.");
  });
});
