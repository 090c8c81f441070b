import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { auditEvent } from "@/lib/audit/event";
import { buildSearchText } from "@/lib/search-text";
import {
  RollbackWith,
  WRITE_TRANSACTION,
  conflict,
  done,
  invalid,
  notFound,
  withRollback,
  type MutationResult,
} from "@/lib/operations/result";
import {
  slugFromTitle,
  type AddQuoteInput,
  type ArchiveInput,
  type CommitmentFields,
  type CreateCommitmentInput,
  type EditSourceInput,
  type PublicationInput,
  type QuoteFields,
  type RemoveQuoteInput,
  type TranslationInput,
  type UpdateCommitmentInput,
} from "./schema";
import { message } from "@/lib/forms/messages";
import { currentInstant } from "@/lib/calendar";

type Tx = Prisma.TransactionClient;

/** The editable fields as stored, for conflict screens and audit snapshots. */
const EDITABLE_SNAPSHOT = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  category: true,
  responsibleBody: true,
  firstStatedOn: true,
  targetDate: true,
  isPublished: true,
  isArchived: true,
  firstPublishedAt: true,
  version: true,
  updatedAt: true,
  instruments: { select: { instrumentCode: true }, orderBy: { instrumentCode: "asc" } },
} as const satisfies Prisma.CommitmentSelect;

async function snapshot(tx: Tx, id: string) {
  const row = await tx.commitment.findUniqueOrThrow({ where: { id }, select: EDITABLE_SNAPSHOT });
  return { ...row, instruments: row.instruments.map((link) => link.instrumentCode) };
}

async function conflictOrNotFound(id: string, client: Pick<Tx, "commitment"> = db): Promise<MutationResult<never>> {
  const row = await client.commitment.findUnique({ where: { id }, select: EDITABLE_SNAPSHOT });
  if (!row) return notFound();
  return conflict({ ...row, instruments: row.instruments.map((link) => link.instrumentCode) }, row.version);
}

/** The commitment's editable fields as they are now, as a conflict (or not found). */
export const commitmentFieldsConflict = conflictOrNotFound;

async function checkInstruments(tx: Tx, codes: readonly string[]): Promise<void> {
  const unique = [...new Set(codes)];
  const found = await tx.instrument.count({ where: { code: { in: unique } } });
  if (found !== unique.length) throw new RollbackWith(invalid({ instruments: message("chooseInstruments") }));
}

async function checkBody(tx: Tx, key: string): Promise<void> {
  const body = await tx.responsibleBody.findUnique({ where: { key }, select: { key: true } });
  if (!body) throw new RollbackWith(invalid({ responsibleBody: message("chooseBody") }));
}

async function uniqueSlug(tx: Tx, wanted: string, exceptId?: string): Promise<string> {
  const base = wanted || `commitment-${Date.now().toString(36)}`;
  for (let attempt = 1; attempt < 100; attempt += 1) {
    const candidate = attempt === 1 ? base : `${base}-${attempt}`;
    const taken = await tx.commitment.findUnique({ where: { slug: candidate }, select: { id: true } });
    if (!taken || taken.id === exceptId) return candidate;
  }
  throw new RollbackWith(invalid({ slug: message("slugTaken") }));
}

async function resolveSource(tx: Tx, input: QuoteFields, actorId: string): Promise<string> {
  if (input.sourceId) {
    const source = await tx.source.findUnique({ where: { id: input.sourceId }, select: { id: true } });
    if (!source) throw new RollbackWith(invalid({ sourceId: message("sourceGone") }));
    return source.id;
  }
  const source = await tx.source.create({
    data: {
      title: input.sourceTitle ?? "",
      author: input.sourceAuthor,
      publisher: input.sourcePublisher,
      publishedOn: input.sourcePublishedOn ?? null,
      url: input.sourceUrl ?? null,
      kind: input.sourceKind ?? "ARTICLE",
    },
  });
  await tx.auditEvent.create({ data: auditEvent("source.create", "Source", source.id, actorId, null, source) });
  return source.id;
}

/** Recomputes the lower-cased search column from the title, summary and quotes. */
async function refreshSearchText(tx: Tx, id: string): Promise<void> {
  const row = await tx.commitment.findUniqueOrThrow({
    where: { id },
    select: {
      title: true,
      summary: true,
      quotes: { select: { text: true } },
      translations: { select: { title: true, summary: true } },
    },
  });
  // Every language version is searchable (a Kazakh reader may search with the Kazakh title).
  const texts = [
    row.title,
    row.summary,
    ...row.translations.flatMap((t) => [t.title, t.summary]),
    ...row.quotes.map((quote) => quote.text),
  ];
  await tx.commitment.update({ where: { id }, data: { searchText: buildSearchText(texts) } });
}

/** Only the fields the form owns are written (no mass assignment). */
function editableData(input: CommitmentFields) {
  return {
    title: input.title,
    summary: input.summary,
    category: input.category,
    responsibleBody: input.responsibleBody,
    firstStatedOn: input.firstStatedOn,
    targetDate: input.targetDate,
  };
}

/**
 * Creates a draft commitment with its first quote, instruments and audit event, inside the
 * caller's transaction (the form's action and the bulk import share it). With `isSlugExact`, a
 * taken slug is an error instead of getting a number appended.
 */
export async function createCommitmentInTransaction(
  tx: Tx,
  input: CreateCommitmentInput,
  actorId: string,
  { isSlugExact = false } = {},
) {
  await checkInstruments(tx, input.instruments);
  await checkBody(tx, input.responsibleBody);
  const wanted = input.slug ?? slugFromTitle(input.title);
  const slug = await uniqueSlug(tx, wanted);
  if (isSlugExact && slug !== wanted)
    throw new RollbackWith(invalid({ slug: message("slugTakenNamed", { slug: wanted }) }));
  const sourceId = await resolveSource(tx, input, actorId);
  const commitment = await tx.commitment.create({
    data: {
      ...editableData(input),
      slug,
      sourceLocale: input.sourceLocale,
      officialClaim: input.officialClaim,
      instruments: { create: [...new Set(input.instruments)].map((instrumentCode) => ({ instrumentCode })) },
      quotes: { create: [{ text: input.quoteText, sourceId, position: 0 }] },
    },
    select: { id: true, slug: true },
  });
  await refreshSearchText(tx, commitment.id);
  await tx.auditEvent.create({
    data: auditEvent(
      "commitment.create",
      "Commitment",
      commitment.id,
      actorId,
      null,
      await snapshot(tx, commitment.id),
    ),
  });
  return commitment;
}

/** Creates a draft commitment with its first quote, instruments and audit event. */
export async function createCommitment(
  input: CreateCommitmentInput,
  actorId: string,
): Promise<MutationResult<{ id: string; slug: string }>> {
  return withRollback(async () => {
    const created = await db.$transaction((tx) => createCommitmentInTransaction(tx, input, actorId), WRITE_TRANSACTION);
    return done(created);
  });
}

/**
 * Saves a commitment's editable fields if nobody saved since `version`, inside the caller's
 * transaction; null when the version is stale. A published slug never changes.
 */
export async function updateCommitmentInTransaction(
  tx: Tx,
  input: UpdateCommitmentInput,
  actorId: string,
): Promise<{ id: string; slug: string } | null> {
  const claimed = await tx.commitment.updateMany({
    where: { id: input.commitmentId, version: input.version },
    data: { version: { increment: 1 } },
  });
  if (claimed.count !== 1) return null;
  const before = await snapshot(tx, input.commitmentId);
  await checkInstruments(tx, input.instruments);
  await checkBody(tx, input.responsibleBody);
  let slug = before.slug;
  if (input.slug && input.slug !== before.slug) {
    if (before.isPublished || before.firstPublishedAt) {
      throw new RollbackWith(invalid({ slug: message("slugLocked") }));
    }
    slug = await uniqueSlug(tx, input.slug, input.commitmentId);
    if (slug !== input.slug) throw new RollbackWith(invalid({ slug: message("slugTaken") }));
  }
  await tx.commitment.update({
    where: { id: input.commitmentId },
    data: {
      ...editableData(input),
      slug,
      instruments: {
        deleteMany: {},
        create: [...new Set(input.instruments)].map((instrumentCode) => ({ instrumentCode })),
      },
    },
  });
  await refreshSearchText(tx, input.commitmentId);
  const after = await snapshot(tx, input.commitmentId);
  await tx.auditEvent.create({
    data: auditEvent(
      "commitment.update",
      "Commitment",
      input.commitmentId,
      actorId,
      withVersion(before, input.version),
      after,
    ),
  });
  return { id: input.commitmentId, slug };
}

/** Saves the edit form if nobody saved since `version`; a published slug never changes. */
export async function updateCommitment(
  input: UpdateCommitmentInput,
  actorId: string,
): Promise<MutationResult<{ id: string; slug: string }>> {
  return withRollback(async () => {
    const result = await db.$transaction((tx) => updateCommitmentInTransaction(tx, input, actorId), WRITE_TRANSACTION);
    return result ? done(result) : conflictOrNotFound(input.commitmentId);
  });
}

// The snapshot is read after the version was claimed; the audit shows the version the person saw.
function withVersion<T extends { version: number }>(row: T, version: number): T {
  return { ...row, version };
}

async function changeFlags(
  commitmentId: string,
  version: number,
  action: string,
  data: (before: Awaited<ReturnType<typeof snapshot>>) => Prisma.CommitmentUpdateInput,
  actorId: string,
): Promise<MutationResult<{ id: string }>> {
  const result = await db.$transaction(async (tx) => {
    const claimed = await tx.commitment.updateMany({
      where: { id: commitmentId, version },
      data: { version: { increment: 1 } },
    });
    if (claimed.count !== 1) return null;
    const before = await snapshot(tx, commitmentId);
    await tx.commitment.update({ where: { id: commitmentId }, data: data(before) });
    const after = await snapshot(tx, commitmentId);
    await tx.auditEvent.create({
      data: auditEvent(
        action,
        "Commitment",
        commitmentId,
        actorId,
        { isPublished: before.isPublished, isArchived: before.isArchived, version },
        {
          isPublished: after.isPublished,
          isArchived: after.isArchived,
          version: after.version,
        },
      ),
    });
    return { id: commitmentId };
  }, WRITE_TRANSACTION);
  return result ? done(result) : conflictOrNotFound(commitmentId);
}

/** Publishes (freezing the slug for good) or unpublishes a commitment. */
export function setCommitmentPublication(input: PublicationInput, actorId: string) {
  const isPublished = input.change === "publish";
  return changeFlags(
    input.commitmentId,
    input.version,
    `commitment.${input.change}`,
    (before) => ({
      isPublished,
      ...(isPublished && !before.firstPublishedAt ? { firstPublishedAt: currentInstant() } : {}),
    }),
    actorId,
  );
}

/** Archives a commitment (hidden from the public list, kept with its history) or restores it. */
export function setCommitmentArchived(input: ArchiveInput, actorId: string) {
  return changeFlags(
    input.commitmentId,
    input.version,
    `commitment.${input.change}`,
    () => ({ isArchived: input.change === "archive" }),
    actorId,
  );
}

/**
 * Adds a verbatim quote (from an existing or a new source) inside the caller's transaction if
 * nobody saved the commitment since `version` (null when stale). A direct addition and an
 * approved proposal both come here.
 */
export async function addQuoteInTransaction(tx: Tx, input: AddQuoteInput, actorId: string) {
  const claimed = await tx.commitment.updateMany({
    where: { id: input.commitmentId, version: input.version },
    data: { version: { increment: 1 } },
  });
  if (claimed.count !== 1) return null;
  const sourceId = await resolveSource(tx, input, actorId);
  const position = await tx.quote.count({ where: { commitmentId: input.commitmentId } });
  const quote = await tx.quote.create({
    data: { commitmentId: input.commitmentId, sourceId, text: input.quoteText, position },
  });
  await refreshSearchText(tx, input.commitmentId);
  await tx.auditEvent.create({
    data: auditEvent("quote.add", "Commitment", input.commitmentId, actorId, null, quote),
  });
  return { id: quote.id };
}

/** Adds a verbatim quote (from an existing or a new source). */
export async function addQuote(input: AddQuoteInput, actorId: string): Promise<MutationResult<{ id: string }>> {
  return withRollback(async () => {
    const result = await db.$transaction((tx) => addQuoteInTransaction(tx, input, actorId), WRITE_TRANSACTION);
    return result ? done(result) : conflictOrNotFound(input.commitmentId);
  });
}

/**
 * Removes a quote inside the caller's transaction if nobody saved the commitment since `version`
 * (null when stale); every commitment keeps at least one.
 */
export async function removeQuoteInTransaction(tx: Tx, input: RemoveQuoteInput, actorId: string) {
  const claimed = await tx.commitment.updateMany({
    where: { id: input.commitmentId, version: input.version },
    data: { version: { increment: 1 } },
  });
  if (claimed.count !== 1) return null;
  const quote = await tx.quote.findFirst({ where: { id: input.quoteId, commitmentId: input.commitmentId } });
  if (!quote) throw new RollbackWith(notFound());
  if ((await tx.quote.count({ where: { commitmentId: input.commitmentId } })) <= 1) {
    throw new RollbackWith(invalid({ quoteId: message("lastQuote") }));
  }
  await tx.quote.delete({ where: { id: quote.id } });
  await refreshSearchText(tx, input.commitmentId);
  await tx.auditEvent.create({
    data: auditEvent("quote.remove", "Commitment", input.commitmentId, actorId, quote, null),
  });
  return { id: quote.id };
}

/** Removes a quote; every commitment keeps at least one. */
export async function removeQuote(input: RemoveQuoteInput, actorId: string): Promise<MutationResult<{ id: string }>> {
  return withRollback(async () => {
    const result = await db.$transaction((tx) => removeQuoteInTransaction(tx, input, actorId), WRITE_TRANSACTION);
    return result ? done(result) : conflictOrNotFound(input.commitmentId);
  });
}

/**
 * Saves (or, with both fields empty, removes) a commitment's title and summary in one language,
 * if nobody saved since `version`; search then finds the commitment in that language too.
 */
export async function saveCommitmentTranslation(
  input: TranslationInput,
  actorId: string,
): Promise<MutationResult<{ id: string }>> {
  return withRollback(async () => {
    const result = await db.$transaction(async (tx) => {
      const claimed = await tx.commitment.updateMany({
        where: { id: input.commitmentId, version: input.version },
        data: { version: { increment: 1 } },
      });
      if (claimed.count !== 1) return null;
      const commitment = await tx.commitment.findUniqueOrThrow({
        where: { id: input.commitmentId },
        select: { sourceLocale: true },
      });
      if (commitment.sourceLocale === input.locale) {
        throw new RollbackWith(invalid({ locale: message("sourceLanguage") }));
      }
      const key = { commitmentId_locale: { commitmentId: input.commitmentId, locale: input.locale } };
      const before = await tx.commitmentTranslation.findUnique({ where: key, select: { title: true, summary: true } });
      if (!input.title && !input.summary) {
        if (before) await tx.commitmentTranslation.delete({ where: key });
      } else {
        await tx.commitmentTranslation.upsert({
          where: key,
          create: {
            commitmentId: input.commitmentId,
            locale: input.locale,
            title: input.title,
            summary: input.summary,
          },
          update: { title: input.title, summary: input.summary },
        });
      }
      await refreshSearchText(tx, input.commitmentId);
      const after = input.title ? { title: input.title, summary: input.summary } : null;
      await tx.auditEvent.create({
        data: auditEvent(
          "commitment.translate",
          "Commitment",
          input.commitmentId,
          actorId,
          before && { locale: input.locale, ...before },
          after && { locale: input.locale, ...after },
        ),
      });
      return { id: input.commitmentId };
    }, WRITE_TRANSACTION);
    return result ? done(result) : conflictOrNotFound(input.commitmentId);
  });
}

const SOURCE_SNAPSHOT = {
  id: true,
  title: true,
  author: true,
  publisher: true,
  publishedOn: true,
  dateNote: true,
  url: true,
  kind: true,
  version: true,
} as const;

/** Edits a source's details (for every commitment that cites it) if nobody changed it since `version`. */
export async function editSource(input: EditSourceInput, actorId: string): Promise<MutationResult<{ id: string }>> {
  const result = await db.$transaction(async (tx) => {
    const claimed = await tx.source.updateMany({
      where: { id: input.sourceId, version: input.version },
      data: { version: { increment: 1 } },
    });
    if (claimed.count !== 1) return null;
    const before = await tx.source.findUniqueOrThrow({ where: { id: input.sourceId }, select: SOURCE_SNAPSHOT });
    const after = await tx.source.update({
      where: { id: input.sourceId },
      data: {
        title: input.title,
        author: input.author,
        publisher: input.publisher,
        publishedOn: input.publishedOn,
        dateNote: input.dateNote,
        url: input.url,
        kind: input.kind,
      },
      select: SOURCE_SNAPSHOT,
    });
    await tx.auditEvent.create({
      data: auditEvent("source.edit", "Source", input.sourceId, actorId, { ...before, version: input.version }, after),
    });
    return { id: after.id };
  }, WRITE_TRANSACTION);
  if (result) return done(result);
  const current = await db.source.findUnique({ where: { id: input.sourceId }, select: SOURCE_SNAPSHOT });
  return current ? conflict(current, current.version) : notFound();
}
