import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Which editors hear of an event by email, by event type. Today one type: a status change tells
 * the active editors who have edited that commitment (its audit trail names them), except the
 * person who made the change. Proposals to review, returned proposals and reader reports are
 * meant to be added here as further types: a recipients function and mail words
 * (notifyMail.editor.<type>) — the outbox, fan-out and delivery stay as they are.
 */
export type EditorEventType = "status-change";

type RecipientFinder = (tx: Prisma.TransactionClient, subject: { commitmentId: string; actorId: string | null }) => Promise<string[]>;

const EDITOR_RECIPIENTS: Record<EditorEventType, RecipientFinder> = {
  "status-change": async (tx, { commitmentId, actorId }) => {
    const edits = await tx.auditEvent.findMany({
      where: { entityType: "Commitment", entityId: commitmentId, actorId: { not: null } },
      select: { actorId: true },
      distinct: ["actorId"],
    });
    const ids = edits.map((edit) => edit.actorId).filter((id): id is string => id !== null && id !== actorId);
    const users = await tx.user.findMany({ where: { id: { in: ids }, isActive: true }, select: { id: true } });
    return users.map((user) => user.id);
  },
};

/** The ids of the editors to tell about an event of `type`. */
export function findEditorRecipients(type: EditorEventType, tx: Prisma.TransactionClient, subject: { commitmentId: string; actorId: string | null }): Promise<string[]> {
  return EDITOR_RECIPIENTS[type](tx, subject);
}
