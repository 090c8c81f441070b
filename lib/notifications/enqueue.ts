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
export async function enqueueStatusChangeNotice(tx: Prisma.TransactionClient, statusChangeId: string, actorId: string | null): Promise<void> {
  await tx.notificationEvent.create({ data: { type: "status-change", subjectId: statusChangeId, actorId } });
  requestNotifyRun();
}
