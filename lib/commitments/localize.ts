import { isLocale, type Locale } from "@/i18n/locales";

export type TranslatableText = {
  title: string;
  summary: string;
  sourceLocale: string;
  translations: { locale: string; title: string; summary: string }[];
};

export type LocalizedText = {
  title: string;
  summary: string;
  /** The language the text is actually in. */
  locale: Locale;
  /** True when the reader's language has no version yet and another language is shown. */
  isFallback: boolean;
};

/** Which languages to try, in order, when a text is missing in the reader's language. */
const FALLBACKS: Record<Locale, Locale[]> = { kk: ["kk", "ru", "en"], ru: ["ru", "kk", "en"], en: ["en", "ru", "kk"] };

/**
 * A commitment's title and summary in the reader's language, or, when not yet translated, in the
 * nearest available one (Kazakh readers get Russian before English), flagged as a fallback so the
 * page can say so. Never blank: the source text is always there.
 */
export function localizeCommitment(commitment: TranslatableText, locale: Locale): LocalizedText {
  const source: Locale = isLocale(commitment.sourceLocale) ? commitment.sourceLocale : "en";
  const versions = new Map<Locale, { title: string; summary: string }>([[source, commitment]]);
  for (const translation of commitment.translations) {
    if (isLocale(translation.locale) && !versions.has(translation.locale))
      versions.set(translation.locale, translation);
  }
  const shown = FALLBACKS[locale].find((candidate) => versions.has(candidate)) ?? source;
  const text = versions.get(shown) ?? commitment;
  return { title: text.title, summary: text.summary, locale: shown, isFallback: shown !== locale };
}

/**
 * The language a text is most likely written in, by its letters: Kazakh has letters Russian lacks
 * (ә ғ қ ң ө ұ ү һ і), other Cyrillic is Russian, anything else English. For records that arrive
 * without a stated language (the bulk import).
 */
export function guessTextLocale(text: string): Locale {
  if (/[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u.test(text)) return "kk";
  if (/[а-яёА-ЯЁ]/u.test(text)) return "ru";
  return "en";
}
