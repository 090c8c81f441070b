import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { refreshPlannerStatisticsQuietly } from "@/lib/db/statistics";
import { auditEvent } from "@/lib/audit/event";
import { currentInstant } from "@/lib/calendar";
import { message } from "@/lib/forms/messages";
import { done, invalid, type MutationResult } from "@/lib/operations/result";
import { addUnknownTerms } from "@/lib/vocabularies/mutations";
import type { RecommendationPlan } from "./import-plan";
import { recommendationSearchText } from "./search-text";

/** Rows written per statement. */
const BATCH = 200;

/**
 * Writes a plan's new SDG targets, unknown themes and groups, and rows (with their themes and SDG
 * links) inside the caller's transaction: the whole plan from the browser, one slice of a file from
 * the command line's streaming import (lib/recommendations/import-run-mutations.ts).
 */
export async function writeRecommendationRows(
  tx: Prisma.TransactionClient,
  plan: Pick<RecommendationPlan, "newSdgTargets" | "creates">,
  draftId: string,
  onProgress?: (done: number) => void,
): Promise<void> {
  // SDG targets the vocabulary lacked, with the export's English title (translated later).
  for (const target of plan.newSdgTargets) {
    const [, sub = ""] = target.code.split(".");
    const position = 1_000 + target.goal * 100 + (/^\d+$/.test(sub) ? Number(sub) : 50 + sub.charCodeAt(0) - 96);
    await tx.sdgTarget.upsert({
      where: { code: target.code },
      create: { code: target.code, goal: target.goal, titleEn: target.title, titleRu: "", titleKk: "", position },
      update: {},
    });
  }
  // Themes and groups the vocabularies lack, untranslated: the workspace marks them for editors.
  await addUnknownTerms(
    tx,
    "THEME",
    plan.creates.flatMap((row) => row.themes),
  );
  await addUnknownTerms(
    tx,
    "AFFECTED_GROUP",
    plan.creates.flatMap((row) => row.affectedGroups),
  );
  // In batches of rows: one statement per batch, not per row and per theme (40,000 rows one by one took
  // 4 min 53 s and 2.5 GB; see README "Bulk import from the command line"). Ids are made here so the
  // themes and SDG links of a batch can be written with it.
  for (let start = 0; start < plan.creates.length; start += BATCH) {
    const batch = plan.creates.slice(start, start + BATCH).map((row) => ({ id: randomUUID(), row }));
    await tx.recommendation.createMany({
      data: batch.map(({ id, row }) => ({
        id,
        mechanismCode: row.mechanismCode,
        cycle: row.cycle,
        symbol: row.symbol,
        paragraph: row.paragraph,
        recommendingState: row.recommendingState,
        recommendingStateCodes: row.recommendingStateCodes.join(";"),
        stateUnderReview: row.stateUnderReview,
        identityKey: row.identityKey,
        textKey: row.textKey,
        sdgGoals: row.sdgGoals.join(";"),
        actionCategory: row.actionCategory,
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
      })),
    });
    const themes = batch.flatMap(({ id, row }) => row.themes.map((theme) => ({ recommendationId: id, theme })));
    if (themes.length > 0) await tx.recommendationTheme.createMany({ data: themes });
    const targets = batch.flatMap(({ id, row }) =>
      row.sdgTargets.map((targetCode) => ({ recommendationId: id, targetCode })),
    );
    if (targets.length > 0) await tx.recommendationSdgTarget.createMany({ data: targets });
    onProgress?.(start + batch.length);
  }
}

/**
 * Creates a previewed plan's recommendations in ONE transaction (all or nothing). A row someone
 * else imported since the preview hits the unique identity and rolls everything back, so the
 * person previews again rather than half an import landing. `onProgress` hears each row written
 * (the command line's progress bar). `problemRows` are rows the person chose to leave out.
 */
export async function applyRecommendationPlan(
  plan: RecommendationPlan,
  draftId: string,
  actorId: string,
  { onProgress, problemRows = [] }: { onProgress?: (done: number) => void; problemRows?: number[] } = {},
): Promise<MutationResult<{ created: number }>> {
  if (plan.errors.length > 0 || plan.missingColumns.length > 0) return invalid({ form: message("importHasErrors") });
  try {
    const created = await db.$transaction(
      async (tx) => {
        await writeRecommendationRows(tx, plan, draftId, onProgress);
        await tx.importDraft.update({ where: { id: draftId }, data: { appliedAt: currentInstant() } });
        await tx.auditEvent.create({
          data: auditEvent("import.apply", "ImportDraft", draftId, actorId, null, {
            kind: "recommendations",
            layout: plan.layout,
            created: plan.creates.length,
            unchanged: plan.unchanged.length,
            skipped: plan.skipped.length,
            problemRowsLeftOut: problemRows,
          }),
        });
        return plan.creates.length;
      },
      { maxWait: 15_000, timeout: 600_000 },
    );
    // Table sizes changed, perhaps by thousands of rows: the planner's statistics follow.
    await refreshPlannerStatisticsQuietly(db);
    return done({ created });
  } catch (error) {
    if (error instanceof Error && /Unique constraint/i.test(error.message))
      return invalid({ form: message("importStale") });
    throw error;
  }
}
