import "server-only";
import { db } from "@/lib/db/client";
import { dialectOf } from "@/lib/db/dialect";
import { Prisma } from "@/lib/generated/prisma/client";
import type { StatusFieldKey } from "@/lib/vocabulary";
import type { FeedChange } from "./atom";

// The site feed's rows, read so that text another tool wrote into the database as invalid UTF-8
// cannot stop the server: the native SQLite driver panics (the process aborts) when it reads such
// a TEXT value. Prisma reads only the order, ids and dates; every text column is read as its bytes
// (CAST … AS BLOB) and decoded here, invalid sequences becoming U+FFFD.

const decoder = new TextDecoder("utf-8");

/** `column` as its bytes on SQLite; PostgreSQL stores only valid UTF-8, so there it is read as text. */
const bytesOf = (column: string) => Prisma.raw(dialectOf() === "postgres" ? column : `CAST(${column} AS BLOB)`);

/** A column read as bytes, as text: invalid UTF-8 replaced, never thrown on. */
function decoded(value: unknown): string {
  if (typeof value === "string") return value;
  if (value instanceof Uint8Array || value instanceof ArrayBuffer) return decoder.decode(value);
  return value === null || value === undefined ? "" : String(value);
}

type Row = Record<string, unknown>;

async function textRows(query: Prisma.Sql): Promise<Row[]> {
  return db.$queryRaw<Row[]>(query);
}

/**
 * The newest status changes of published commitments (newest effective date first), as the feed
 * shows them, with every text decoded defensively. Same rows as listRecentStatusChanges.
 */
export async function listFeedChanges(take: number): Promise<FeedChange[]> {
  // The newest changes by the effectiveOn index, drafts dropped here (see listRecentStatusChanges).
  const select = { id: true, commitmentId: true, effectiveOn: true, recordedAt: true } as const;
  const order = [{ effectiveOn: "desc" as const }, { recordedAt: "desc" as const }];
  const window = await db.statusChange.findMany({
    orderBy: order,
    take: take * 4,
    select: { ...select, commitment: { select: { isPublished: true, isArchived: true } } },
  });
  let rows: { id: string; commitmentId: string; effectiveOn: Date; recordedAt: Date }[] = window
    .filter((row) => row.commitment.isPublished && !row.commitment.isArchived)
    .slice(0, take);
  if (rows.length < take && window.length >= take * 4)
    rows = await db.statusChange.findMany({
      where: { commitment: { isPublished: true, isArchived: false } },
      orderBy: order,
      take,
      select,
    });
  if (rows.length === 0) return [];

  const changeIds = Prisma.join(rows.map((row) => row.id));
  const commitmentIds = Prisma.join([...new Set(rows.map((row) => row.commitmentId))]);
  const [changes, commitments, translations, evidence] = await Promise.all([
    textRows(Prisma.sql`SELECT "id", ${bytesOf('"field"')} AS "field", ${bytesOf('"fromValue"')} AS "fromValue",
      ${bytesOf('"toValue"')} AS "toValue", ${bytesOf('"justification"')} AS "justification"
      FROM "StatusChange" WHERE "id" IN (${changeIds})`),
    textRows(Prisma.sql`SELECT "id", ${bytesOf('"slug"')} AS "slug", ${bytesOf('"title"')} AS "title",
      ${bytesOf('"summary"')} AS "summary", ${bytesOf('"sourceLocale"')} AS "sourceLocale"
      FROM "Commitment" WHERE "id" IN (${commitmentIds})`),
    textRows(Prisma.sql`SELECT "commitmentId", ${bytesOf('"locale"')} AS "locale", ${bytesOf('"title"')} AS "title",
      ${bytesOf('"summary"')} AS "summary" FROM "CommitmentTranslation" WHERE "commitmentId" IN (${commitmentIds})`),
    textRows(Prisma.sql`SELECT l."statusChangeId", ${bytesOf('e."url"')} AS "url", ${bytesOf('e."title"')} AS "title"
      FROM "StatusChangeEvidence" l JOIN "Evidence" e ON e."id" = l."evidenceId"
      WHERE l."statusChangeId" IN (${changeIds}) ORDER BY e."id"`),
  ]);
  const changeById = new Map(changes.map((row) => [row.id as string, row]));
  const commitmentById = new Map(commitments.map((row) => [row.id as string, row]));
  return rows.flatMap((row) => {
    const change = changeById.get(row.id);
    const commitment = commitmentById.get(row.commitmentId);
    if (!change || !commitment) return [];
    return [
      {
        id: row.id,
        field: decoded(change.field) as StatusFieldKey,
        fromValue: decoded(change.fromValue),
        toValue: decoded(change.toValue),
        effectiveOn: row.effectiveOn,
        justification: decoded(change.justification),
        recordedAt: row.recordedAt,
        commitment: {
          slug: decoded(commitment.slug),
          title: decoded(commitment.title),
          summary: decoded(commitment.summary),
          sourceLocale: decoded(commitment.sourceLocale),
          translations: translations
            .filter((translation) => translation.commitmentId === row.commitmentId)
            .map((translation) => ({
              locale: decoded(translation.locale),
              title: decoded(translation.title),
              summary: decoded(translation.summary),
            })),
        },
        evidence: evidence
          .filter((link) => link.statusChangeId === row.id)
          .map((link) => ({ evidence: { url: decoded(link.url), title: decoded(link.title) } })),
      },
    ];
  });
}
