import { describe, expect, it } from "vitest";
import { localizeCommitment } from "./localize";

const russianOnly = {
  title: "Отменить смертную казнь",
  summary: "Казахстан обещал…",
  sourceLocale: "ru",
  translations: [],
};
const english = {
  title: "Abolish the death penalty",
  summary: "Kazakhstan promised…",
  sourceLocale: "en",
  translations: [
    { locale: "kk", title: "Өлім жазасын жою", summary: "Қазақстан уәде берді…" },
    { locale: "ru", title: "Отменить смертную казнь", summary: "Казахстан обещал…" },
  ],
};

describe("localizeCommitment", () => {
  it("shows the reader's language when it exists", () => {
    expect(localizeCommitment(english, "kk")).toEqual({
      title: "Өлім жазасын жою",
      summary: "Қазақстан уәде берді…",
      locale: "kk",
      isFallback: false,
    });
    expect(localizeCommitment(english, "en")).toMatchObject({ title: "Abolish the death penalty", isFallback: false });
  });

  it("falls back to another language, flagged, never to a blank", () => {
    expect(localizeCommitment(russianOnly, "kk")).toEqual({
      title: "Отменить смертную казнь",
      summary: "Казахстан обещал…",
      locale: "ru",
      isFallback: true,
    });
    expect(localizeCommitment(russianOnly, "en")).toMatchObject({ locale: "ru", isFallback: true });
    expect(localizeCommitment({ ...english, translations: [] }, "kk")).toMatchObject({
      locale: "en",
      isFallback: true,
    });
  });

  it("prefers Russian over English for Kazakh readers", () => {
    const both = { ...english, translations: [{ locale: "ru", title: "RU", summary: "RU" }] };
    expect(localizeCommitment(both, "kk")).toMatchObject({ title: "RU", locale: "ru", isFallback: true });
  });
});
