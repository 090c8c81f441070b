import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { IntlMessageFormat } from "intl-messageformat";
import { LOCALES } from "./locales";

type Catalogue = { [key: string]: string | Catalogue };

const read = (file: string) => JSON.parse(readFileSync(`messages/${file}.json`, "utf8")) as Catalogue;

function flatten(catalogue: Catalogue, prefix = ""): Record<string, string> {
  return Object.fromEntries(
    Object.entries(catalogue).flatMap(([key, value]) =>
      typeof value === "string" ? [[`${prefix}${key}`, value]] : Object.entries(flatten(value, `${prefix}${key}.`)),
    ),
  );
}

type AstElement = { type: number; value?: unknown; options?: Record<string, { value: AstElement[] }> };

/** The argument names a message uses ({count}, {date}, …), read from its parsed form. */
function placeholders(message: string): Set<string> {
  const names = new Set<string>();
  const walk = (elements: AstElement[]) => {
    for (const element of elements) {
      // Types 1–6 are arguments (plain, number, date, time, select, plural); 0 is literal text.
      if (element.type >= 1 && element.type <= 6 && typeof element.value === "string") names.add(element.value);
      for (const option of Object.values(element.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(message, "en").getAst() as AstElement[]);
  return names;
}

describe.each(["", ".manage"])("message catalogues%s", (suffix) => {
  const english = flatten(read(`en${suffix}`));

  it.each(LOCALES.filter((locale) => locale !== "en"))("%s has exactly the English keys", (locale) => {
    expect(Object.keys(flatten(read(`${locale}${suffix}`))).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(LOCALES)("every %s message compiles and keeps the English placeholders", (locale) => {
    const messages = flatten(read(`${locale}${suffix}`));
    for (const [key, message] of Object.entries(messages)) {
      expect(
        () => new IntlMessageFormat(message, locale).format({ count: 2, page: 1, pageCount: 3, shown: 1 }),
        `${locale}: ${key}`,
      ).not.toThrow(SyntaxError);
      expect(placeholders(message), `${locale}: ${key}`).toEqual(placeholders(english[key] ?? ""));
    }
  });
});
