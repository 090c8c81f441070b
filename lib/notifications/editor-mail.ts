import "server-only";
import { hasPermission, type Permission } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EditorNoticeType } from "./enqueue";

/**
 * Which editors hear of an event by email, by event type:
 * - a public status change: the active editors who have edited that commitment (its audit trail
 *   names them), except the person who made the change;
 * - a proposal to review: every active account that may approve it, except its proposer;
 * - a returned proposal: its proposer;
 * - the same two for a change proposal (an edit or removal of evidence, a quote added or removed);
 * - a reader's report: every active account that moderates the inbox.
 * Adding a type is a recipients function here and its words (notifyMail.editor…); the outbox,
 * fan-out and delivery stay as they are.
 */
export type EditorEventType = "status-change" | EditorNoticeType;

type Subject = { commitmentId: string; actorId: string | null; proposerId?: string | null };
type RecipientFinder = (tx: Prisma.TransactionClient, subject: Subject) => Promise<string[]>;

/** Active accounts whose role holds `permission`, except `exceptId`. */
async function holdersOf(
  tx: Prisma.TransactionClient,
  permission: Permission,
  exceptId: string | null | undefined,
): Promise<string[]> {
  const users = await tx.user.findMany({ where: { isActive: true }, select: { id: true, role: true } });
  return users.filter((user) => user.id !== exceptId && hasPermission(user.role, permission)).map((user) => user.id);
}

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
  proposal: (tx, { proposerId }) => holdersOf(tx, "status:review", proposerId),
  "proposal-returned": async (tx, { proposerId }) => {
    if (!proposerId) return [];
    const proposer = await tx.user.findUnique({ where: { id: proposerId }, select: { id: true, isActive: true } });
    return proposer?.isActive ? [proposer.id] : [];
  },
  correction: (tx) => holdersOf(tx, "correction:moderate", null),
  "change-proposal": (tx, { proposerId }) => holdersOf(tx, "status:review", proposerId),
  "change-returned": (tx, subject) => EDITOR_RECIPIENTS["proposal-returned"](tx, subject),
};

/** The ids of the editors to tell about an event of `type`. */
export function findEditorRecipients(
  type: EditorEventType,
  tx: Prisma.TransactionClient,
  subject: Subject,
): Promise<string[]> {
  return EDITOR_RECIPIENTS[type](tx, subject);
}
