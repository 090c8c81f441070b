import { describe, expect, it } from "vitest";
import { guessTextLocale } from "./localize";
import { SLUG_PATTERN, slugFromTitle } from "./schema";

describe("slugs from titles in any of the three languages", () => {
  it("transliterates Russian instead of keeping only the digits", () => {
    expect(slugFromTitle("Расширить национальный превентивный механизм к концу 2025 года")).toBe(
      "rasshirit-nacionalnyy-preventivnyy-mehanizm-k-koncu-2025-goda",
    );
  });
  it("transliterates Kazakh letters Russian lacks", () => {
    expect(slugFromTitle("Әйелдер мен жастарға 30% квота: ғылым, құқық, өңір, ұлттық, үкімет")).toBe(
      "ayelder-men-zhastarga-30-kvota-gylym-quqyq-onir-ulttyq-ukimet",
    );
  });
  it("keeps English as it is, and drops accents", () => {
    expect(slugFromTitle("Ratify the Second Optional Protocol (ICCPR-OP2)")).toBe(
      "ratify-the-second-optional-protocol-iccpr-op2",
    );
    expect(slugFromTitle("Café, ñ")).toBe("cafe-n");
  });
  it("cuts a long title between words, within 70 characters, and always matches the slug rule", () => {
    const slug = slugFromTitle(
      "Обеспечить независимость судебной власти, прозрачность назначения судей и открытость судебных процессов для общества",
    );
    expect(slug.length).toBeLessThanOrEqual(70);
    expect(slug).toMatch(SLUG_PATTERN);
    expect(slug.endsWith("-")).toBe(false);
  });
  it("is empty for a title without letters or digits", () => {
    expect(slugFromTitle("«—»")).toBe("");
  });
});

describe("guessing a text's language from its letters", () => {
  it("tells Kazakh, Russian and English apart", () => {
    expect(guessTextLocale("Өлім жазасын жою")).toBe("kk");
    expect(guessTextLocale("Отменить смертную казнь")).toBe("ru");
    expect(guessTextLocale("Abolish the death penalty")).toBe("en");
  });
});
