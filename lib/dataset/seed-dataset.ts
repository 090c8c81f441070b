import type { PrismaClient } from "@/lib/generated/prisma/client";
import { currentInstant, parseCalendarDate } from "@/lib/calendar";
import { buildSearchText } from "@/lib/search-text";
import type { Dataset, DatasetTranslations } from "./schema";

/** AppMeta key recording that the dataset was loaded, so a later start never loads it again. */
export const DATASET_SEEDED_KEY = "dataset.seededAt";

export type SeedResult =
  { isSeeded: false; reason: string } | { isSeeded: true; commitments: number; quotes: number; sources: number };

const toDate = (value: string | null) => (value ? parseCalendarDate(value) : null);

/**
 * Loads the dataset into an empty tracker, in one transaction. It runs once per database: when the
 * dataset was loaded before, or commitments already exist, it writes nothing, so editors' work is
 * never overwritten. Records are published (they restate public sources) and start "Not yet
 * assessed": the tool does not invent verdicts.
 */
export async function seedDataset(
  db: PrismaClient,
  dataset: Dataset,
  translations: DatasetTranslations = {},
): Promise<SeedResult> {
  return db.$transaction(async (tx) => {
    const marker = await tx.appMeta.findUnique({ where: { key: DATASET_SEEDED_KEY } });
    if (marker) return { isSeeded: false, reason: `dataset already loaded on ${marker.value}` };
    const existing = await tx.commitment.count();
    if (existing > 0) return { isSeeded: false, reason: `the database already holds ${existing} commitments` };

    for (const instrument of dataset.instruments) {
      await tx.instrument.upsert({ where: { code: instrument.code }, create: instrument, update: {} });
    }
    // The migration that made bodies a vocabulary already holds these; an admin's edits are kept.
    for (const body of dataset.bodies) {
      await tx.responsibleBody.upsert({ where: { key: body.key }, create: body, update: {} });
    }
    const sourceIds = new Map<string, string>();
    for (const source of dataset.sources) {
      const created = await tx.source.create({
        data: {
          title: source.title,
          author: source.author,
          publisher: source.publisher,
          publishedOn: toDate(source.date),
          dateNote: source.dateNote,
          url: source.url,
          kind: source.kind,
        },
      });
      sourceIds.set(source.key, created.id);
    }
    let quotes = 0;
    for (const commitment of dataset.commitments) {
      const versions = Object.entries(translations[commitment.slug] ?? {}).map(([locale, text]) => ({
        locale,
        ...text,
      }));
      await tx.commitment.create({
        data: {
          slug: commitment.slug,
          title: commitment.title,
          summary: commitment.summary,
          category: commitment.category,
          responsibleBody: commitment.responsibleBody,
          firstStatedOn: toDate(commitment.firstStatedOn),
          targetDate: toDate(commitment.targetDate),
          officialClaim: commitment.officialClaim,
          claimSince: toDate(commitment.firstStatedOn),
          isPublished: true,
          sourceLocale: "en",
          translations: { create: versions },
          searchText: buildSearchText([
            commitment.title,
            commitment.summary,
            ...versions.flatMap((version) => [version.title, version.summary]),
            ...commitment.quotes.map((q) => q.text),
          ]),
          instruments: { create: commitment.instruments.map((instrumentCode) => ({ instrumentCode })) },
          quotes: {
            create: commitment.quotes.map((quote, position) => ({
              text: quote.text,
              position,
              sourceId: sourceIds.get(quote.source) ?? missingSource(quote.source),
            })),
          },
        },
      });
      quotes += commitment.quotes.length;
    }
    await tx.appMeta.create({ data: { key: DATASET_SEEDED_KEY, value: currentInstant().toISOString() } });
    return { isSeeded: true, commitments: dataset.commitments.length, quotes, sources: dataset.sources.length };
  });
}

function missingSource(key: string): never {
  throw new Error(`Dataset quote refers to unknown source "${key}"`);
}
