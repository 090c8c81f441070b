import "server-only";
import { db } from "@/lib/db/client";
import { auditEvent } from "@/lib/audit/event";
import { message } from "@/lib/forms/messages";
import { done, invalid, notFound, WRITE_TRANSACTION, type MutationResult } from "@/lib/operations/result";
import type { BulkLinkInput, DismissSuggestionInput } from "./schema";

// The writes of link suggestions. A suggestion itself writes nothing: linking is the existing
// recommendation.link operation (one at a time) or linkRecommendations below (many at once), and
// "not related" is remembered here so the pair is not suggested again from either side.

/** Marks a suggested pair "not related" (idempotent); a linked pair is refused: unlink it first. */
export async function dismissSuggestion(
  input: DismissSuggestionInput,
  actorId: string,
): Promise<MutationResult<{ isDismissed: boolean }>> {
  return db.$transaction(async (tx) => {
    const [commitment, recommendation, link, decision] = await Promise.all([
      tx.commitment.findUnique({ where: { id: input.commitmentId }, select: { id: true } }),
      tx.recommendation.findUnique({
        where: { id: input.recommendationId },
        select: { id: true, symbol: true, paragraph: true },
      }),
      tx.commitmentRecommendation.findUnique({ where: { commitmentId_recommendationId: input } }),
      tx.suggestionDecision.findUnique({ where: { commitmentId_recommendationId: input } }),
    ]);
    if (!commitment || !recommendation) return notFound();
    if (link) return invalid({ form: message("suggestionAlreadyLinked") });
    if (decision) return done({ isDismissed: false });
    await tx.suggestionDecision.create({ data: { ...input, decision: "NOT_RELATED", decidedById: actorId } });
    await tx.auditEvent.create({
      data: auditEvent("suggestion.dismiss", "Commitment", input.commitmentId, actorId, null, {
        recommendationId: recommendation.id,
        symbol: recommendation.symbol,
        paragraph: recommendation.paragraph,
      }),
    });
    return done({ isDismissed: true });
  });
}

export type BulkLinkOutcome = { linked: number; alreadyLinked: number; missing: number };

/**
 * Links many recommendations to one commitment in one transaction: those already linked are
 * skipped and counted, ids that no longer exist are counted as missing, and every new link gets
 * its own audit event (the same "recommendation.link" a single link writes, marked `bulk`), so a
 * commitment's trail reads the same however the links were made. An archived commitment is refused.
 */
export async function linkRecommendations(
  input: BulkLinkInput,
  actorId: string,
): Promise<MutationResult<BulkLinkOutcome>> {
  return db.$transaction(async (tx) => {
    const commitment = await tx.commitment.findUnique({
      where: { id: input.commitmentId },
      select: { id: true, isArchived: true },
    });
    if (!commitment) return notFound();
    if (commitment.isArchived) return invalid({ commitmentId: message("linkArchivedCommitment") });
    const [recommendations, existing] = await Promise.all([
      tx.recommendation.findMany({
        where: { id: { in: input.recommendationIds } },
        select: { id: true, symbol: true, paragraph: true },
      }),
      tx.commitmentRecommendation.findMany({
        where: { commitmentId: input.commitmentId, recommendationId: { in: input.recommendationIds } },
        select: { recommendationId: true },
      }),
    ]);
    const isLinked = new Set(existing.map((row) => row.recommendationId));
    const toLink = recommendations.filter((row) => !isLinked.has(row.id));
    if (toLink.length > 0) {
      await tx.commitmentRecommendation.createMany({
        data: toLink.map((row) => ({
          commitmentId: input.commitmentId,
          recommendationId: row.id,
          linkedById: actorId,
        })),
      });
      await tx.auditEvent.createMany({
        data: toLink.map((row) =>
          auditEvent("recommendation.link", "Commitment", input.commitmentId, actorId, null, {
            recommendationId: row.id,
            symbol: row.symbol,
            paragraph: row.paragraph,
            bulk: true,
          }),
        ),
      });
    }
    return done({
      linked: toLink.length,
      alreadyLinked: isLinked.size,
      missing: input.recommendationIds.length - recommendations.length,
    });
  }, WRITE_TRANSACTION);
}
