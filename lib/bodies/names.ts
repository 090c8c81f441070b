import type { Locale } from "@/i18n/locales";

/** What a page, CSV or API needs to name a responsible body in any language. */
export type BodyNames = { key: string; nameEn: string; nameRu: string; nameKk: string };

/** The body's name in `locale` (every body has all three: the form and the migration require them). */
export function bodyName(body: BodyNames, locale: Locale): string {
  if (locale === "ru") return body.nameRu;
  if (locale === "kk") return body.nameKk;
  return body.nameEn;
}
