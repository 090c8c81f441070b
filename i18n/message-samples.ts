import { IntlMessageFormat } from "intl-messageformat";
import { createTranslator } from "use-intl/core";
import { loadMessages } from "./messages";
import type { Locale } from "./locales";

// Test support (not imported by the app): every catalogue string rendered the way the app renders it
// (use-intl's translator over the merged catalogue, as next-intl and the mailer do), with real values
// in place of its arguments. Used by i18n/inserted-values.test.ts and i18n/approved-texts.test.ts.

type Tree = { [key: string]: string | Tree };
type Element = { type: number; value?: unknown; options?: Record<string, { value: Element[] }> };

/** The numbers every count is tried with: Russian one (1, 21, 201), few (2), many (5). */
export const SAMPLE_NUMBERS = [1, 2, 5, 21, 201] as const;

const DAY = new Date(Date.UTC(2025, 2, 3));
/** A long date as the app writes one (dateStyle "long", e.g. mail and feeds): «2025 ж. 3 наурыз», «3 марта 2025 г.». */
export const longDate = (locale: Locale) =>
  new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(DAY);

const ORGANISATION: Record<Locale, string> = {
  kk: "Қазақстан адам құқықтары жөніндегі халықаралық бюросы",
  ru: "Казахстанское международное бюро по правам человека",
  en: "Kazakhstan International Bureau for Human Rights",
};
const TITLE: Record<Locale, string> = {
  kk: "Өлім жазасын жою",
  ru: "Отменить смертную казнь",
  en: "Abolish the death penalty",
};

const NUMERIC = new Set(["count", "created", "updated", "shown", "page", "pageCount", "row", "line", "max", "limit"]);

/** Argument names and kinds of a message, from its parsed form (1 plain, 2 number, 5 select, 6 plural). */
export function argumentsOf(message: string, locale: string): Map<string, { type: number; options: string[] }> {
  const found = new Map<string, { type: number; options: string[] }>();
  const walk = (elements: Element[]) => {
    for (const element of elements) {
      if (element.type >= 1 && element.type <= 6 && typeof element.value === "string" && !found.has(element.value))
        found.set(element.value, { type: element.type, options: Object.keys(element.options ?? {}) });
      for (const option of Object.values(element.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(message, locale).getAst() as Element[]);
  return found;
}

export function flatten(tree: Tree, prefix = ""): Record<string, string> {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === "string" ? [[`${prefix}${key}`, value]] : Object.entries(flatten(value, `${prefix}${key}.`)),
    ),
  );
}

export type Rendering = { key: string; values: Record<string, string | number>; text: string };

/**
 * Every way a message reads with real values: each count as 1, 2, 5, 21 and 201, each select option,
 * each language name (site.languageName, the form the app inserts), and plain names, dates, links.
 */
export async function renderAll(locale: Locale, keys?: (key: string) => boolean): Promise<Rendering[]> {
  const messages = (await loadMessages(locale)) as Tree;
  const t = createTranslator({
    locale,
    messages: messages as never,
    onError: (error) => {
      throw error;
    },
  }) as unknown as (key: string, values?: Record<string, string | number>) => string;
  const flat = flatten(messages);
  const languageNames = Object.values(flatten((messages.site as Tree).languageName as Tree));
  // The shadow report writes its dates as digits (lib/recommendations/shadow/build-table.ts).
  const shortDate = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : locale, {
    timeZone: "UTC",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  }).format(DAY);
  const plain = (key: string, name: string, n: number): string | number => {
    if (NUMERIC.has(name)) return n;
    if (["date", "since", "earliest", "time"].includes(name))
      return key.startsWith("shadowReport.") ? shortDate : longDate(locale);
    if (name === "organisation") return ORGANISATION[locale];
    if (name === "title") return TITLE[locale];
    if (name === "name") return locale === "en" ? "Aigul Serikova" : "Айгүл Серікова";
    if (name === "link" || name === "url") return `https://uade.example/${locale}/commitments/abolish-death-penalty`;
    if (name === "field") return flat["statusField.ASSESSMENT"] ?? name;
    if (name === "from") return flat["assessment.IN_PROGRESS"] ?? name;
    if (name === "to") return flat["assessment.IMPLEMENTED"] ?? name;
    if (name === "what") return t("notifyMail.whatCommitment", { title: TITLE[locale] });
    if (name === "theme") return flat["category.death-penalty"] ?? name;
    if (name === "comment")
      return locale === "kk" ? "Дәлел жеткіліксіз." : locale === "ru" ? "Мало доказательств." : "Not enough evidence.";
    if (name === "frequency") return t("notifyMail.frequencyDaily");
    if (name === "mechanism")
      return locale === "kk"
        ? "Әмбебап кезеңдік шолу"
        : locale === "ru"
          ? "Универсальный периодический обзор"
          : "Universal Periodic Review";
    if (name === "cycle") return "2019–2024";
    if (name === "email") return "reader@example.org";
    if (name === "fileName") return "commitments.csv";
    if (name === "sha256") return "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    if (name === "type") return flat["audit.entityTypes.Commitment"] ?? name;
    return `‹${name}›`;
  };
  const out: Rendering[] = [];
  for (const [key, message] of Object.entries(flat)) {
    if (keys && !keys(key)) continue;
    const args = argumentsOf(message, locale);
    if (args.size === 0) {
      out.push({ key, values: {}, text: t(key) });
      continue;
    }
    const selects = [...args].filter(([, arg]) => arg.type === 5);
    const selectCombos = selects.reduce<Record<string, string>[]>(
      (combos, [name, arg]) => combos.flatMap((combo) => arg.options.map((option) => ({ ...combo, [name]: option }))),
      [{}],
    );
    const languages = args.has("language") ? languageNames : [undefined];
    const seen = new Set<string>();
    for (const n of SAMPLE_NUMBERS)
      for (const combo of selectCombos)
        for (const language of languages) {
          const values: Record<string, string | number> = {};
          for (const [name, arg] of args)
            values[name] =
              arg.type === 2 || arg.type === 6 ? n : arg.type === 5 ? (combo[name] ?? "other") : plain(key, name, n);
          if (language !== undefined) values.language = language;
          const text = t(key, values);
          if (seen.has(text)) continue;
          seen.add(text);
          out.push({ key, values, text });
        }
  }
  return out;
}
