import { describe, expect, it } from "vitest";
import { IntlMessageFormat } from "intl-messageformat";
import { argumentsOf, flatten, longDate, renderAll, type Rendering } from "./message-samples";
import { loadMessages } from "./messages";

// Every string that takes a name, a date or a number, rendered with real values in Kazakh and Russian,
// checked for the traps a native reader notices at once (issue 28).

const kk = await renderAll("kk");
const ru = await renderAll("ru");
const en = await renderAll("en");

const withArgument = (renderings: Rendering[], name: string) => renderings.filter((r) => name in r.values);

describe("Kazakh with inserted values", () => {
  it("gives Uade front-vowel endings only («Uade-де», «Uade-дегі»: Uade is уәде)", () => {
    const wrong = kk.filter((r) => /Uade-(да|дағы|дан|та|тағы|тан|ға|қа|ның|дар|ды)(?![\p{L}])/u.test(r.text));
    expect(wrong.map((r) => `${r.key}: ${r.text}`)).toEqual([]);
  });

  it("puts no case ending and no «бастап» straight after a long date («2025 ж. 3 наурыз»)", () => {
    const day = longDate("kk");
    expect(day).toMatch(/наурыз$/);
    const dated = kk.filter((r) => ["date", "since", "earliest", "time"].some((name) => name in r.values));
    const wrong = dated.filter((r) =>
      new RegExp(`${day}(?:[-]?[\\p{L}]|\\s+бастап|\\s+\\p{L}+\\s+енеді)`, "u").test(r.text),
    );
    expect(wrong.map((r) => `${r.key}: ${r.text}`)).toEqual([]);
  });

  it("follows an inserted language name with «тілі…» (the name is a bare stem: «орыс»)", () => {
    const wrong = withArgument(kk, "language").filter(
      (r) => !new RegExp(`${String(r.values.language)} тіл\\p{L}*`, "u").test(r.text),
    );
    expect(wrong.map((r) => `${r.key}: ${r.text}`)).toEqual([]);
  });
});

describe("Russian with inserted values", () => {
  it("says «на … языке» around an inserted language name (it comes in the prepositional: «казахском»)", () => {
    const wrong = withArgument(ru, "language").filter(
      (r) => !new RegExp(`на ${String(r.values.language)} языке`, "u").test(r.text),
    );
    expect(withArgument(ru, "language").length).toBeGreaterThan(10);
    expect(wrong.map((r) => `${r.key}: ${r.text}`)).toEqual([]);
  });

  it("declines the noun after «из N»: «из 1 / 21 / 201 строки», «из 2 / 5 строк»", () => {
    const problems: string[] = [];
    const byKey = new Map<string, Rendering[]>();
    for (const r of ru) byKey.set(r.key, [...(byKey.get(r.key) ?? []), r]);
    for (const [key, renderings] of byKey) {
      const nounAfter = (n: number) =>
        renderings.flatMap((r) =>
          [...r.text.matchAll(new RegExp(`из ${n} (\\p{L}+)`, "gu"))].map((match) => match[1] ?? ""),
        );
      const [one, twentyOne, two, five] = [nounAfter(1), nounAfter(21), nounAfter(2), nounAfter(5)];
      if (one.length === 0 && five.length === 0) continue;
      if (one.join() !== twentyOne.join()) problems.push(`${key}: «из 1 ${one}» but «из 21 ${twentyOne}»`);
      if (two.join() !== five.join()) problems.push(`${key}: «из 2 ${two}» but «из 5 ${five}»`);
      if (one.join() === five.join()) problems.push(`${key}: «из 1 ${one}» and «из 5 ${five}» are the same form`);
    }
    expect(problems).toEqual([]);
  });

  it("inserts an organisation's name (nominative) after a colon or at the start, never after a verb", () => {
    const wrong = withArgument(ru, "organisation").filter(
      (r) => !new RegExp(`(^|: |«|\\()${String(r.values.organisation)}`, "u").test(r.text),
    );
    expect(withArgument(ru, "organisation")).not.toHaveLength(0);
    expect(wrong.map((r) => `${r.key}: ${r.text}`)).toEqual([]);
  });

  it("gives every count one, few, many and other", async () => {
    const messages = flatten((await loadMessages("ru")) as never);
    const missing: string[] = [];
    for (const [key, message] of Object.entries(messages)) {
      const walk = (
        elements: {
          type: number;
          pluralType?: string;
          value?: unknown;
          options?: Record<string, { value: never[] }>;
        }[],
      ) => {
        for (const element of elements) {
          if (element.type === 6 && element.pluralType !== "ordinal") {
            const options = Object.keys(element.options ?? {});
            const absent = ["one", "few", "many", "other"].filter((form) => !options.includes(form));
            if (absent.length > 0) missing.push(`${key} {${String(element.value)}}: no ${absent.join(", ")}`);
          }
          for (const option of Object.values(element.options ?? {})) walk(option.value);
        }
      };
      walk(new IntlMessageFormat(message, "ru").getAst() as never);
    }
    expect(missing).toEqual([]);
  });
});

describe("every language", () => {
  it.each(["kk", "ru", "en"] as const)(
    "shows on the method page (%s) the citation the pages generate",
    async (locale) => {
      const messages = flatten((await loadMessages(locale)) as never);
      const example = messages["method.citeExample"] ?? "";
      const title = /^[«“](.+?)[»”]/u.exec(example)?.[1] ?? "";
      const date = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(
        Date.UTC(2026, 11, 1),
      );
      const url = "https://…/commitments/abolish-death-penalty";
      expect(new IntlMessageFormat(messages["commitment.citeText"] ?? "", locale).format({ title, url, date })).toBe(
        example,
      );
    },
  );

  it("renders every message of every catalogue (a message that fails to format throws)", () => {
    for (const renderings of [kk, ru, en]) expect(new Set(renderings.map((r) => r.key)).size).toBeGreaterThan(1300);
  });

  it("never doubles a full stop (a date ending in «г.» before a sentence's own «.»)", () => {
    for (const renderings of [kk, ru, en]) {
      const wrong = renderings.filter((r) => /(^|[^.])\.\.(?!\.)/u.test(r.text));
      expect(wrong.map((r) => `${r.key}: ${r.text}`)).toEqual([]);
    }
  });

  it("shows language names, never codes, where a language is inserted", () => {
    for (const renderings of [kk, ru, en])
      for (const r of withArgument(renderings, "language"))
        expect(r.text, r.key).not.toMatch(/[(\s,]\b(kk|ru|en)\b[):,]/u);
    expect(argumentsOf("{language}", "en").has("language")).toBe(true);
  });
});
