import type { Locale } from "@/i18n/locales";

/** A state's response to a recommendation: UPR only; treaty bodies and special procedures get NONE. */
export const RESPONSES = ["SUPPORTED", "SUPPORTED_IN_PART", "NOTED", "NONE"] as const;
export type ResponseKey = (typeof RESPONSES)[number];

export const MECHANISM_KINDS = ["UPR", "TREATY_BODY", "SPECIAL_PROCEDURE"] as const;

/** UN document symbols: an organ prefix then slash-separated parts (A/HRC/43/10, CAT/C/KAZ/CO/4, A/HRC/43/10/Add.1). */
export const SYMBOL_PATTERN = /^[A-Z]{1,12}(?:\/[A-Za-z0-9.()-]{1,24}){1,8}$/;
/** Paragraph numbers as documents number them: "23" or, in UPR reports, "118.23". */
export const PARAGRAPH_PATTERN = /^\d{1,4}(?:\.\d{1,4})?$/;
/** SDG target codes: goal then target number or letter (16.3, 16.a). */
export const SDG_TARGET_PATTERN = /^\d{1,2}\.(?:\d{1,2}|[a-c])$/;

export function isResponseKey(value: string): value is ResponseKey {
  return (RESPONSES as readonly string[]).includes(value);
}

type Named = { nameEn: string; nameRu: string; nameKk: string };
type Titled = { titleEn: string; titleRu: string; titleKk: string };

/** A mechanism's name in the reader's language. */
export function mechanismName(mechanism: Named, locale: Locale): string {
  return locale === "ru" ? mechanism.nameRu : locale === "kk" ? mechanism.nameKk : mechanism.nameEn;
}

/** An SDG target's title in the reader's language. */
export function sdgTitle(target: Titled, locale: Locale): string {
  // A target an import added has only the English title the export gave until someone translates it.
  return (locale === "ru" ? target.titleRu : locale === "kk" ? target.titleKk : target.titleEn) || target.titleEn;
}

type Texts = { text: string; textLocale: string; textEn: string | null; textRu: string | null; textKk: string | null };

/** The recommendation's text in `locale` when translated (or original there), else the original; `isOriginal` says which. */
export function recommendationText(
  recommendation: Texts,
  locale: Locale,
): { text: string; isOriginal: boolean; locale: string } {
  if (recommendation.textLocale === locale) return { text: recommendation.text, isOriginal: true, locale };
  const translated =
    locale === "ru" ? recommendation.textRu : locale === "kk" ? recommendation.textKk : recommendation.textEn;
  if (translated) return { text: translated, isOriginal: false, locale };
  return { text: recommendation.text, isOriginal: true, locale: recommendation.textLocale };
}

/** Sort key for paragraph numbers ("9" before "10", "118.2" before "118.10"). */
export function paragraphOrder(paragraph: string): number {
  const [whole, part] = paragraph.split(".");
  return Number(whole) * 10_000 + Number(part ?? 0);
}
