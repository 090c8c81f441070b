import type { Locale } from "@/i18n/locales";

/**
 * Themes and affected groups: vocabularies whose names come from the UN's files, kept by those
 * names and shown in the reader's language. This module is pure (no database) so pages, the import
 * and the shadow report share one rule for matching a file's name to a stored term.
 */
export const TERM_KINDS = ["THEME", "AFFECTED_GROUP"] as const;
export type TermKind = (typeof TERM_KINDS)[number];

/** Terms at or above this position were added by an import; UHRI's published lists sit below. */
export const FIRST_IMPORTED_TERM_POSITION = 1_000;

export type TermNames = { nameEn: string; nameRu: string; nameKk: string };

/** The key a name is stored and matched by: trimmed, inner spaces collapsed, lower-cased ("Children" = "children"). */
export function termKey(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}

/** A term's name in `locale`; an untranslated one reads in the name the file gave (English for UHRI). */
export function termName(term: TermNames, locale: Locale): string {
  return (locale === "ru" ? term.nameRu : locale === "kk" ? term.nameKk : term.nameEn) || term.nameEn;
}

/** The stored "; "-separated affected groups as a list. */
export function splitAffectedGroups(stored: string): string[] {
  return stored
    .split(";")
    .map((name) => name.trim())
    .filter(Boolean);
}

/** Both vocabularies, by kind then key, as lib/vocabularies/data.ts reads them for a page. */
export type TermDictionary = Record<TermKind, Map<string, TermNames>>;

/** `name` (as a recommendation stores it) in the reader's language, or as stored when the vocabulary lacks it. */
export function translateTerm(dictionary: TermDictionary, kind: TermKind, name: string, locale: Locale): string {
  const term = dictionary[kind].get(termKey(name));
  return term ? termName(term, locale) : name;
}
