import "server-only";
import { db } from "@/lib/db/client";
import { auditEvent } from "@/lib/audit/event";
import { WRITE_TRANSACTION, done, type MutationResult } from "@/lib/manage/result";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StatusFieldKey } from "@/lib/vocabulary";
import type { SettingsUpdateInput } from "./schema";

export type ReviewSettings = { reviewAssessments: boolean; reviewClaims: boolean };

/** Review is off until an admin turns it on (a one-person NGO must still be able to work). */
const DEFAULTS: ReviewSettings = { reviewAssessments: false, reviewClaims: false };

type Reader = Pick<Prisma.TransactionClient, "workspaceSettings">;

/** The workspace's review settings (defaults when never saved). */
export async function getReviewSettings(client: Reader = db): Promise<ReviewSettings> {
  const row = await client.workspaceSettings.findUnique({ where: { id: 1 }, select: { reviewAssessments: true, reviewClaims: true } });
  return row ?? DEFAULTS;
}

/** Whether a change of `field` needs a second editor's approval, read in the writer's transaction. */
export async function isReviewRequired(client: Reader, field: StatusFieldKey): Promise<boolean> {
  const settings = await getReviewSettings(client);
  return field === "ASSESSMENT" ? settings.reviewAssessments : settings.reviewClaims;
}

/** settings.update (admins): saves the review settings and audits the change. */
export async function updateReviewSettings(input: SettingsUpdateInput, actorId: string): Promise<MutationResult<ReviewSettings>> {
  const saved = await db.$transaction(async (tx) => {
    const before = await getReviewSettings(tx);
    const next = { reviewAssessments: input.reviewAssessments ?? before.reviewAssessments, reviewClaims: input.reviewClaims ?? before.reviewClaims };
    const after = await tx.workspaceSettings.upsert({
      where: { id: 1 },
      create: { id: 1, ...next },
      update: { ...next, version: { increment: 1 } },
      select: { reviewAssessments: true, reviewClaims: true },
    });
    await tx.auditEvent.create({ data: auditEvent("settings.update", "WorkspaceSettings", "1", actorId, before, after) });
    return after;
  }, WRITE_TRANSACTION);
  return done(saved);
}
