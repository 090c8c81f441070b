import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requestNotifyRun } from "./wake";

/**
 * Puts a public status change in the notification outbox, inside the transaction that records
 * it: followers, webhooks and editors hear of it only if the change commits, and only once (the
 * event is unique per change). Sending happens later in the background worker, so a slow mail
 * server or a hanging webhook receiver never delays the save. Every path that creates a public
 * StatusChange calls this once (today the write core; review approvals when they exist).
 */
export async function enqueueStatusChangeNotice(
  tx: Prisma.TransactionClient,
  statusChangeId: string,
  actorId: string | null,
): Promise<void> {
  await tx.notificationEvent.create({ data: { type: "status-change", subjectId: statusChangeId, actorId } });
  requestNotifyRun();
}

/** Workspace events that editors hear of by email (lib/notifications/editor-mail.ts says who). */
export type EditorNoticeType = "proposal" | "proposal-returned" | "correction" | "change-proposal" | "change-returned";

/**
 * Puts a workspace event in the same outbox, inside the transaction that records it: a status
 * proposal to review (or a revised one), a proposal returned to its proposer, a reader's report,
 * and the same two for a change proposal (evidence or quotes: the `change-` types). `subjectId`
 * names the proposal or correction; `revision` tells apart the events of one proposal (made,
 * returned, resubmitted), each told once.
 */
export async function enqueueEditorNotice(
  tx: Prisma.TransactionClient,
  type: EditorNoticeType,
  subjectId: string,
  revision: number,
  actorId: string | null,
): Promise<void> {
  await tx.notificationEvent.create({ data: { type, subjectId: `${subjectId}:${revision}`, actorId } });
  requestNotifyRun();
}
