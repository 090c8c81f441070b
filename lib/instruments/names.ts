import type { Locale } from "@/i18n/locales";

/** An instrument's code and titles: English always, Russian and Kazakh where known (i18n/glossary.md). */
export type InstrumentNames = { code: string; name: string; nameRu: string | null; nameKk: string | null };

/** The instrument's official title in `locale`, else the English one. */
export function instrumentName(instrument: InstrumentNames, locale: Locale): string {
  if (locale === "ru") return instrument.nameRu ?? instrument.name;
  if (locale === "kk") return instrument.nameKk ?? instrument.nameRu ?? instrument.name;
  return instrument.name;
}
