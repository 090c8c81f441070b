import { describe, expect, it } from "vitest";
import { formatNumber } from "./format-number";

describe("formatNumber", () => {
  it("groups Kazakh thousands with a no-break space and never an English comma", () => {
    expect(formatNumber(5000, "kk")).toBe("5\u00a0000");
    expect(formatNumber(1234567.5, "kk")).toBe("1\u00a0234\u00a0567,5");
    expect(formatNumber(21, "kk")).toBe("21");
  });

  it("agrees with CLDR's Kazakh where the runtime has it", () => {
    expect(formatNumber(12345, "kk")).toBe(new Intl.NumberFormat("kk").format(12345));
  });

  it("leaves Russian and English to Intl", () => {
    expect(formatNumber(5000, "ru")).toBe(new Intl.NumberFormat("ru").format(5000));
    expect(formatNumber(5000, "en")).toBe("5,000");
  });
});
