import { isLocale, type Locale } from "@/i18n/locales";

export type TitledRecord = {
  title: string;
  sourceLocale: string;
  translations: readonly { locale: string; title: string }[];
};

export type WorkspaceTitle = {
  /** The title in the workspace's language when the record has it, else the original. */
  title: string;
  /** The original title when `title` is a translation (shown beside it and on hover), else null. */
  original: string | null;
  /** The language of the original. */
  originalLocale: Locale;
};

/**
 * What the workspace calls a record in `locale`: its translation into the workspace's language
 * when there is one (an editor working in Russian reads Russian titles), with the original kept
 * beside it so the record stays recognisable; the original alone when there is no translation.
 */
export function workspaceTitle(record: TitledRecord, locale: Locale): WorkspaceTitle {
  const originalLocale: Locale = isLocale(record.sourceLocale) ? record.sourceLocale : "en";
  const translated =
    originalLocale === locale
      ? undefined
      : record.translations.find((translation) => translation.locale === locale && translation.title.trim() !== "");
  return translated
    ? { title: translated.title, original: record.title, originalLocale }
    : { title: record.title, original: null, originalLocale };
}

/** Select this with a commitment to show its workspace title. */
export const WORKSPACE_TITLE_SELECT = {
  title: true,
  sourceLocale: true,
  translations: { select: { locale: true, title: true } },
} as const;
