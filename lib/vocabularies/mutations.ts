import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { auditEvent } from "@/lib/audit/event";
import { message } from "@/lib/forms/messages";
import { done, invalid, notFound, WRITE_TRANSACTION, type MutationResult } from "@/lib/operations/result";
import type { UpdateVocabularyTermInput } from "./schema";
import { FIRST_IMPORTED_TERM_POSITION, termKey, type TermKind } from "./terms";

const NAMES = ["nameEn", "nameRu", "nameKk"] as const;

/**
 * Saves an editor's names of one theme or affected group, only if its three names are still the
 * ones the form was loaded with (the names are the version); a save in between is refused, never
 * overwritten. The key, which stored recommendations are matched by, never changes.
 */
export async function updateVocabularyTerm(
  input: UpdateVocabularyTermInput,
  actorId: string,
): Promise<MutationResult<{ key: string; isChanged: boolean }>> {
  return db.$transaction(async (tx) => {
    const where = { kind_key: { kind: input.kind, key: input.key } };
    const current = await tx.vocabularyTerm.findUnique({ where, select: { nameEn: true, nameRu: true, nameKk: true } });
    if (!current) return notFound();
    const loaded = { nameEn: input.loadedEn, nameRu: input.loadedRu, nameKk: input.loadedKk };
    const changed = NAMES.filter((key) => input[key] !== loaded[key]);
    if (changed.length === 0) {
      const isCurrent = NAMES.every((key) => current[key] === loaded[key]);
      return isCurrent ? done({ key: input.key, isChanged: false }) : invalid({ form: message("termChangedSince") });
    }
    const after = { nameEn: input.nameEn, nameRu: input.nameRu, nameKk: input.nameKk };
    const written = await tx.vocabularyTerm.updateMany({
      where: { kind: input.kind, key: input.key, ...loaded },
      data: after,
    });
    if (written.count !== 1) return invalid({ form: message("termChangedSince") });
    const pick = (names: typeof after) => Object.fromEntries(changed.map((key) => [key, names[key]]));
    await tx.auditEvent.create({
      data: auditEvent(
        "vocabularyTerm.update",
        "VocabularyTerm",
        `${input.kind}:${input.key}`,
        actorId,
        pick(loaded),
        pick(after),
      ),
    });
    return done({ key: input.key, isChanged: true });
  }, WRITE_TRANSACTION);
}

/**
 * Adds the names a write meets that the vocabulary lacks, untranslated (Russian and Kazakh empty,
 * so readers see the name as given and the workspace marks it), inside the caller's transaction.
 * Names already known (in any case or spacing) are left as they are.
 */
export async function addUnknownTerms(
  tx: Prisma.TransactionClient,
  kind: TermKind,
  names: Iterable<string>,
): Promise<number> {
  const byKey = new Map<string, string>();
  for (const name of names) {
    const key = termKey(name);
    if (key && !byKey.has(key)) byKey.set(key, name.trim().replace(/\s+/g, " "));
  }
  if (byKey.size === 0) return 0;
  const known = new Set<string>();
  const keys = [...byKey.keys()];
  for (let start = 0; start < keys.length; start += 500) {
    const rows = await tx.vocabularyTerm.findMany({
      where: { kind, key: { in: keys.slice(start, start + 500) } },
      select: { key: true },
    });
    for (const row of rows) known.add(row.key);
  }
  const missing = keys.filter((key) => !known.has(key));
  if (missing.length === 0) return 0;
  await tx.vocabularyTerm.createMany({
    data: missing.map((key) => ({
      kind,
      key,
      nameEn: byKey.get(key) ?? key,
      nameRu: "",
      nameKk: "",
      position: FIRST_IMPORTED_TERM_POSITION,
    })),
  });
  return missing.length;
}
