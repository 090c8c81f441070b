import "server-only";
import { db } from "@/lib/db/client";
import { auditEvent } from "@/lib/audit/event";
import { message } from "@/lib/forms/messages";
import { conflict, done, invalid, notFound, WRITE_TRANSACTION, type MutationResult } from "@/lib/operations/result";
import type { CreateBodyInput, UpdateBodyInput } from "./schema";

const BODY_SNAPSHOT = { key: true, nameEn: true, nameRu: true, nameKk: true, version: true } as const;

/** Adds a responsible body to the vocabulary, with its audit event; a taken key is a field error. */
export async function createBody(input: CreateBodyInput, actorId: string): Promise<MutationResult<{ key: string }>> {
  return db.$transaction(async (tx) => {
    const taken = await tx.responsibleBody.findUnique({ where: { key: input.key }, select: { key: true } });
    if (taken) return invalid({ key: message("bodyKeyTaken", { key: input.key }) });
    const created = await tx.responsibleBody.create({ data: input, select: BODY_SNAPSHOT });
    await tx.auditEvent.create({
      data: auditEvent("body.create", "ResponsibleBody", created.key, actorId, null, created),
    });
    return done({ key: created.key });
  }, WRITE_TRANSACTION);
}

/** Renames a body in its three languages if nobody saved since `version`; the key stays. */
export async function updateBody(input: UpdateBodyInput, actorId: string): Promise<MutationResult<{ key: string }>> {
  const result = await db.$transaction(async (tx) => {
    const claimed = await tx.responsibleBody.updateMany({
      where: { key: input.key, version: input.version },
      data: { version: { increment: 1 } },
    });
    if (claimed.count !== 1) return null;
    const before = await tx.responsibleBody.findUniqueOrThrow({ where: { key: input.key }, select: BODY_SNAPSHOT });
    const after = await tx.responsibleBody.update({
      where: { key: input.key },
      data: { nameEn: input.nameEn, nameRu: input.nameRu, nameKk: input.nameKk },
      select: BODY_SNAPSHOT,
    });
    await tx.auditEvent.create({
      data: auditEvent(
        "body.update",
        "ResponsibleBody",
        input.key,
        actorId,
        { ...before, version: input.version },
        after,
      ),
    });
    return { key: after.key };
  }, WRITE_TRANSACTION);
  if (result) return done(result);
  const current = await db.responsibleBody.findUnique({ where: { key: input.key }, select: BODY_SNAPSHOT });
  return current ? conflict(current, current.version) : notFound();
}
