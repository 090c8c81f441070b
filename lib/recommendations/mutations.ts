import "server-only";
import { db } from "@/lib/db/client";
import { auditEvent } from "@/lib/audit/event";
import { currentInstant } from "@/lib/calendar";
import { message } from "@/lib/forms/messages";
import { Prisma } from "@/lib/generated/prisma/client";
import { done, invalid, notFound, WRITE_TRANSACTION, type MutationResult } from "@/lib/operations/result";
import { recommendationSearchText } from "./search-text";
import { documentIdentity, textIdentity } from "./import-identity";
import { stateCode } from "./import-states";
import { splitList } from "@/lib/import/columns";
import type { DeleteRecommendationInput, LinkInput, UpdateRecommendationInput } from "./schema";
import { addUnknownTerms } from "@/lib/vocabularies/mutations";

/** Links a commitment to a recommendation it answers (idempotent: linking twice changes nothing). */
export async function linkRecommendation(
  input: LinkInput,
  actorId: string,
): Promise<MutationResult<{ linked: boolean }>> {
  return db.$transaction(async (tx) => {
    const [commitment, recommendation] = await Promise.all([
      tx.commitment.findUnique({ where: { id: input.commitmentId }, select: { id: true } }),
      tx.recommendation.findUnique({
        where: { id: input.recommendationId },
        select: { id: true, symbol: true, paragraph: true },
      }),
    ]);
    if (!commitment || !recommendation) return notFound();
    const key = {
      commitmentId_recommendationId: { commitmentId: input.commitmentId, recommendationId: input.recommendationId },
    };
    if (await tx.commitmentRecommendation.findUnique({ where: key })) return done({ linked: false });
    await tx.commitmentRecommendation.create({
      data: { commitmentId: input.commitmentId, recommendationId: input.recommendationId, linkedById: actorId },
    });
    await tx.auditEvent.create({
      data: auditEvent("recommendation.link", "Commitment", input.commitmentId, actorId, null, {
        recommendationId: recommendation.id,
        symbol: recommendation.symbol,
        paragraph: recommendation.paragraph,
      }),
    });
    return done({ linked: true });
  });
}

/** Removes a link (the audit log keeps who linked and who unlinked). */
export async function unlinkRecommendation(
  input: LinkInput,
  actorId: string,
): Promise<MutationResult<{ unlinked: boolean }>> {
  return db.$transaction(async (tx) => {
    const removed = await tx.commitmentRecommendation.deleteMany({
      where: { commitmentId: input.commitmentId, recommendationId: input.recommendationId },
    });
    if (removed.count === 0) return notFound();
    await tx.auditEvent.create({
      data: auditEvent(
        "recommendation.unlink",
        "Commitment",
        input.commitmentId,
        actorId,
        { recommendationId: input.recommendationId },
        null,
      ),
    });
    return done({ unlinked: true });
  });
}

const isUniqueClash = (error: unknown) =>
  (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") ||
  (error instanceof Error && /Unique constraint/i.test(error.message));

const EDITABLE = [
  "mechanismCode",
  "cycle",
  "symbol",
  "paragraph",
  "recommendingState",
  "text",
  "textLocale",
  "textEn",
  "textRu",
  "textKk",
  "issuedOn",
  "response",
  "affectedGroups",
  "sourceUrl",
  "themes",
  "sdgTargets",
] as const;
type Comparable = Record<(typeof EDITABLE)[number], string | string[] | null>;

function comparable(
  row: Omit<UpdateRecommendationInput, "recommendationId" | "loadedAt" | "affectedGroups"> & { affectedGroups: string },
): Comparable {
  return {
    ...row,
    issuedOn: row.issuedOn ? row.issuedOn.toISOString().slice(0, 10) : null,
    themes: [...row.themes].sort(),
    sdgTargets: [...row.sdgTargets].sort(),
  };
}

/** The fields whose values differ, as before and after snapshots for the audit log. */
function changes(before: Comparable, after: Comparable) {
  const changed = EDITABLE.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
  return {
    before: Object.fromEntries(changed.map((key) => [key, before[key]])),
    after: Object.fromEntries(changed.map((key) => [key, after[key]])),
    changed,
  };
}

/**
 * Saves an editor's correction of one recommendation, if nobody saved it since the form was
 * loaded (`loadedAt` must equal the stored `updatedAt`). Checks what the import checks: a listed
 * mechanism, state and response only for the UPR, listed SDG targets, and no other row with the
 * same (symbol, paragraph, recommending state). Themes and SDG targets are replaced; the search
 * column is rebuilt as the import builds it.
 */
/**
 * The identity keys of a recommendation as the import computes them (lib/recommendations/import-plan.ts):
 * the document's (symbol, paragraph, state) when it has both, else the content's (mechanism, cycle,
 * recommending states, words).
 */
function recommendationIdentity(input: UpdateRecommendationInput) {
  const isUpr = input.mechanismCode === "UPR";
  const names = isUpr ? splitList(input.recommendingState, /;/) : [];
  const codes = names.map((name) => stateCode(name) ?? "");
  const isEveryCodeKnown = codes.every((code) => code !== "");
  const textKey = textIdentity(input.mechanismCode, input.cycle, isEveryCodeKnown ? codes : names, input.text);
  const hasDocument = input.symbol !== "" && input.paragraph !== "";
  return {
    textKey,
    identityKey: hasDocument
      ? documentIdentity(input.symbol, input.paragraph, isUpr ? input.recommendingState : "")
      : textKey,
    recommendingStateCodes: codes.filter((code) => code !== "").join(";"),
  };
}

export async function updateRecommendation(
  input: UpdateRecommendationInput,
  actorId: string,
): Promise<MutationResult<{ id: string; isChanged: boolean }>> {
  const keyTaken = message("recKeyTaken", { symbol: input.symbol, paragraph: input.paragraph });
  try {
    return await db.$transaction(async (tx) => {
      const current = await tx.recommendation.findUnique({
        where: { id: input.recommendationId },
        include: { themes: { select: { theme: true } }, sdgTargets: { select: { targetCode: true } } },
      });
      if (!current) return notFound();
      if (current.updatedAt.getTime() !== input.loadedAt.getTime())
        return invalid({ form: message("recChangedSince") });
      // The keys an import recognises a recommendation by follow the corrected fields, so a later
      // import of the same text or document finds this row instead of adding a second one.
      const identity = recommendationIdentity(input);
      const [mechanism, listedTargets, clash] = await Promise.all([
        tx.mechanism.findUnique({ where: { code: input.mechanismCode }, select: { kind: true } }),
        tx.sdgTarget.findMany({ where: { code: { in: input.sdgTargets } }, select: { code: true } }),
        tx.recommendation.findFirst({
          where: {
            OR: [
              { symbol: input.symbol, paragraph: input.paragraph, recommendingState: input.recommendingState },
              { identityKey: identity.identityKey },
            ],
            NOT: { id: current.id },
          },
          select: { id: true },
        }),
      ]);
      const errors: Record<string, string> = {};
      if (!mechanism)
        errors.mechanismCode = message("recUnknownMechanism", { value: input.mechanismCode.slice(0, 30) });
      if (mechanism && mechanism.kind !== "UPR" && input.recommendingState !== "")
        errors.recommendingState = message("recStateOnlyUpr");
      if (mechanism && mechanism.kind !== "UPR" && input.response !== "NONE")
        errors.response = message("recResponseOnlyUpr");
      const listed = new Set(listedTargets.map((target) => target.code));
      const unknownTarget = input.sdgTargets.find((code) => !listed.has(code));
      if (unknownTarget) errors.sdgTargets = message("recUnknownSdg", { code: unknownTarget });
      if (clash) errors.paragraph = keyTaken;
      if (Object.keys(errors).length > 0) return invalid(errors);

      const { recommendationId: id, loadedAt, themes, sdgTargets, affectedGroups, ...fields } = input;
      const before = comparable({
        ...current,
        response: current.response as UpdateRecommendationInput["response"],
        textLocale: current.textLocale as UpdateRecommendationInput["textLocale"],
        themes: current.themes.map((row) => row.theme),
        sdgTargets: current.sdgTargets.map((row) => row.targetCode),
      });
      const after = comparable({ ...fields, affectedGroups: affectedGroups.join("; "), themes, sdgTargets });
      const diff = changes(before, after);
      if (diff.changed.length === 0) return done({ id, isChanged: false });
      // Never the same instant twice, so a form loaded before this save is always seen as stale.
      const updatedAt = new Date(Math.max(currentInstant().getTime(), loadedAt.getTime() + 1));
      const written = await tx.recommendation.updateMany({
        where: { id, updatedAt: loadedAt },
        data: {
          ...fields,
          affectedGroups: after.affectedGroups as string,
          updatedAt,
          searchText: recommendationSearchText({ ...fields, themes }),
          ...identity,
        },
      });
      if (written.count !== 1) return invalid({ form: message("recChangedSince") });
      // A theme or group the vocabularies lack is added untranslated, as an import adds it.
      await addUnknownTerms(tx, "THEME", themes);
      await addUnknownTerms(tx, "AFFECTED_GROUP", affectedGroups);
      await tx.recommendationTheme.deleteMany({ where: { recommendationId: id } });
      await tx.recommendationTheme.createMany({ data: themes.map((theme) => ({ recommendationId: id, theme })) });
      await tx.recommendationSdgTarget.deleteMany({ where: { recommendationId: id } });
      await tx.recommendationSdgTarget.createMany({
        data: sdgTargets.map((targetCode) => ({ recommendationId: id, targetCode })),
      });
      await tx.auditEvent.create({
        data: auditEvent("recommendation.update", "Recommendation", id, actorId, diff.before, diff.after),
      });
      return done({ id, isChanged: true });
    }, WRITE_TRANSACTION);
  } catch (error) {
    // Another save took the key between the check and the write.
    if (isUniqueClash(error)) return invalid({ paragraph: keyTaken });
    throw error;
  }
}

/**
 * Deletes one recommendation after the person confirmed it, for the links they were shown. Its
 * themes, SDG targets and links go with it (the schema cascades); the audit log keeps a snapshot
 * of the row and every link, enough to put it back, and each linked commitment's trail records
 * the lost link.
 */
export async function deleteRecommendation(
  input: DeleteRecommendationInput,
  actorId: string,
): Promise<MutationResult<{ symbol: string; paragraph: string }>> {
  return db.$transaction(async (tx) => {
    const row = await tx.recommendation.findUnique({
      where: { id: input.recommendationId },
      include: {
        themes: { select: { theme: true }, orderBy: { theme: "asc" } },
        sdgTargets: { select: { targetCode: true }, orderBy: { targetCode: "asc" } },
        commitments: {
          select: {
            commitmentId: true,
            linkedById: true,
            createdAt: true,
            commitment: { select: { slug: true, title: true } },
          },
          orderBy: { createdAt: "asc" },
        },
      },
    });
    if (!row) return notFound();
    if (row.updatedAt.getTime() !== input.loadedAt.getTime()) return invalid({ form: message("recChangedSince") });
    if (row.commitments.length !== input.linkCount)
      return invalid({ confirm: message("recLinksChanged", { count: row.commitments.length }) });
    const { themes, sdgTargets, commitments, ...fields } = row;
    const snapshot = {
      recommendation: {
        ...fields,
        themes: themes.map((item) => item.theme),
        sdgTargets: sdgTargets.map((item) => item.targetCode),
      },
      links: commitments.map((link) => ({
        commitmentId: link.commitmentId,
        slug: link.commitment.slug,
        title: link.commitment.title,
        linkedById: link.linkedById,
        linkedAt: link.createdAt,
      })),
    };
    await tx.recommendation.delete({ where: { id: row.id } });
    await tx.auditEvent.create({
      data: auditEvent("recommendation.delete", "Recommendation", row.id, actorId, snapshot, null),
    });
    for (const link of commitments) {
      const removed = {
        recommendationId: row.id,
        symbol: row.symbol,
        paragraph: row.paragraph,
        reason: "recommendation.delete",
      };
      await tx.auditEvent.create({
        data: auditEvent("recommendation.unlink", "Commitment", link.commitmentId, actorId, removed, null),
      });
    }
    return done({ symbol: row.symbol, paragraph: row.paragraph });
  }, WRITE_TRANSACTION);
}
