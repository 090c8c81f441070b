import "server-only";
import { db } from "@/lib/db/client";
import { refreshPlannerStatisticsQuietly } from "@/lib/db/statistics";
import { auditEvent } from "@/lib/audit/event";
import { currentInstant } from "@/lib/calendar";
import { message } from "@/lib/forms/messages";
import { done, invalid, notFound, type MutationResult } from "@/lib/manage/result";
import type { RecommendationPlan } from "./import-plan";
import { recommendationSearchText } from "./search-text";
import type { LinkInput } from "./schema";

/**
 * Creates a previewed plan's recommendations in ONE transaction (all or nothing). A row someone
 * else imported since the preview hits the unique key and rolls everything back, so the person
 * previews again rather than half an import landing.
 */
export async function applyRecommendationPlan(plan: RecommendationPlan, draftId: string, actorId: string): Promise<MutationResult<{ created: number }>> {
  if (plan.errors.length > 0 || plan.missingColumns.length > 0) return invalid({ form: message("importHasErrors") });
  try {
    const created = await db.$transaction(
      async (tx) => {
        for (const row of plan.creates) {
          await tx.recommendation.create({
            data: {
              mechanismCode: row.mechanismCode,
              cycle: row.cycle,
              symbol: row.symbol,
              paragraph: row.paragraph,
              recommendingState: row.recommendingState,
              text: row.text,
              textLocale: row.textLocale,
              textEn: row.textEn,
              textRu: row.textRu,
              textKk: row.textKk,
              issuedOn: row.issuedOn,
              response: row.response,
              affectedGroups: row.affectedGroups.join("; "),
              sourceUrl: row.sourceUrl,
              importDraftId: draftId,
              searchText: recommendationSearchText(row),
              themes: { create: row.themes.map((theme) => ({ theme })) },
              sdgTargets: { create: row.sdgTargets.map((targetCode) => ({ targetCode })) },
            },
          });
        }
        await tx.importDraft.update({ where: { id: draftId }, data: { appliedAt: currentInstant() } });
        await tx.auditEvent.create({ data: auditEvent("import.apply", "ImportDraft", draftId, actorId, null, { kind: "recommendations", created: plan.creates.length, unchanged: plan.unchanged.length }) });
        return plan.creates.length;
      },
      { maxWait: 15_000, timeout: 120_000 },
    );
    // Table sizes changed, perhaps by thousands of rows: the planner's statistics follow.
    await refreshPlannerStatisticsQuietly(db);
    return done({ created });
  } catch (error) {
    if (error instanceof Error && /Unique constraint/i.test(error.message)) return invalid({ form: message("importStale") });
    throw error;
  }
}

/** Links a commitment to a recommendation it answers (idempotent: linking twice changes nothing). */
export async function linkRecommendation(input: LinkInput, actorId: string): Promise<MutationResult<{ linked: boolean }>> {
  return db.$transaction(async (tx) => {
    const [commitment, recommendation] = await Promise.all([
      tx.commitment.findUnique({ where: { id: input.commitmentId }, select: { id: true } }),
      tx.recommendation.findUnique({ where: { id: input.recommendationId }, select: { id: true, symbol: true, paragraph: true } }),
    ]);
    if (!commitment || !recommendation) return notFound();
    const key = { commitmentId_recommendationId: { commitmentId: input.commitmentId, recommendationId: input.recommendationId } };
    if (await tx.commitmentRecommendation.findUnique({ where: key })) return done({ linked: false });
    await tx.commitmentRecommendation.create({ data: { commitmentId: input.commitmentId, recommendationId: input.recommendationId, linkedById: actorId } });
    await tx.auditEvent.create({ data: auditEvent("recommendation.link", "Commitment", input.commitmentId, actorId, null, { recommendationId: recommendation.id, symbol: recommendation.symbol, paragraph: recommendation.paragraph }) });
    return done({ linked: true });
  });
}

/** Removes a link (the audit log keeps who linked and who unlinked). */
export async function unlinkRecommendation(input: LinkInput, actorId: string): Promise<MutationResult<{ unlinked: boolean }>> {
  return db.$transaction(async (tx) => {
    const removed = await tx.commitmentRecommendation.deleteMany({ where: { commitmentId: input.commitmentId, recommendationId: input.recommendationId } });
    if (removed.count === 0) return notFound();
    await tx.auditEvent.create({ data: auditEvent("recommendation.unlink", "Commitment", input.commitmentId, actorId, { recommendationId: input.recommendationId }, null) });
    return done({ unlinked: true });
  });
}
