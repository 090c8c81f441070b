import "server-only";
import { db } from "@/lib/db/client";
import { FIRST_IMPORTED_TERM_POSITION, TERM_KINDS, type TermDictionary, type TermKind } from "./terms";

/** Both vocabularies by key, for showing stored names in the reader's language (a few hundred rows). */
export async function readTermDictionary(): Promise<TermDictionary> {
  const rows = await db.vocabularyTerm.findMany({
    select: { kind: true, key: true, nameEn: true, nameRu: true, nameKk: true },
  });
  const dictionary = Object.fromEntries(TERM_KINDS.map((kind) => [kind, new Map()])) as TermDictionary;
  for (const { kind, key, ...names } of rows) dictionary[kind as TermKind]?.set(key, names);
  return dictionary;
}

export type TermForEditor = {
  kind: TermKind;
  key: string;
  nameEn: string;
  nameRu: string;
  nameKk: string;
  isImported: boolean;
  isTranslated: boolean;
};

/** One vocabulary in its order (UHRI's list, then what imports added), marking untranslated terms. */
export async function listTermsForEditor(kind: TermKind): Promise<TermForEditor[]> {
  const rows = await db.vocabularyTerm.findMany({
    where: { kind },
    orderBy: [{ position: "asc" }, { key: "asc" }],
    select: { key: true, nameEn: true, nameRu: true, nameKk: true, position: true },
  });
  return rows.map(({ position, ...row }) => ({
    ...row,
    kind,
    isImported: position >= FIRST_IMPORTED_TERM_POSITION,
    isTranslated: row.nameRu.trim() !== "" && row.nameKk.trim() !== "",
  }));
}
