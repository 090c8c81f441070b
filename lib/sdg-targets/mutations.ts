import "server-only";
import { db } from "@/lib/db/client";
import { auditEvent } from "@/lib/audit/event";
import { message } from "@/lib/forms/messages";
import { done, invalid, notFound, WRITE_TRANSACTION, type MutationResult } from "@/lib/operations/result";
import type { UpdateSdgTargetInput } from "./schema";

const TITLES = ["titleEn", "titleRu", "titleKk"] as const;

/**
 * Saves an editor's titles of one SDG target, only if its three titles are still the ones the
 * form was loaded with: the table has no version column, so the titles are the version. A save in
 * between is refused, never overwritten. The public pages follow at once (the table's triggers
 * bump the public data version).
 */
export async function updateSdgTarget(
  input: UpdateSdgTargetInput,
  actorId: string,
): Promise<MutationResult<{ code: string; isChanged: boolean }>> {
  return db.$transaction(async (tx) => {
    const current = await tx.sdgTarget.findUnique({
      where: { code: input.code },
      select: { titleEn: true, titleRu: true, titleKk: true },
    });
    if (!current) return notFound();
    const loaded = { titleEn: input.loadedEn, titleRu: input.loadedRu, titleKk: input.loadedKk };
    const changed = TITLES.filter((key) => input[key] !== loaded[key]);
    if (changed.length === 0) {
      // Nothing to write, but the person must still learn that what they saw is out of date.
      const isCurrent = TITLES.every((key) => current[key] === loaded[key]);
      return isCurrent ? done({ code: input.code, isChanged: false }) : invalid({ form: message("sdgChangedSince") });
    }
    const after = { titleEn: input.titleEn, titleRu: input.titleRu, titleKk: input.titleKk };
    const written = await tx.sdgTarget.updateMany({ where: { code: input.code, ...loaded }, data: after });
    if (written.count !== 1) return invalid({ form: message("sdgChangedSince") });
    const pick = (titles: typeof after) => Object.fromEntries(changed.map((key) => [key, titles[key]]));
    await tx.auditEvent.create({
      data: auditEvent("sdgTarget.update", "SdgTarget", input.code, actorId, pick(loaded), pick(after)),
    });
    return done({ code: input.code, isChanged: true });
  }, WRITE_TRANSACTION);
}
