import "server-only";
import { db } from "@/lib/db/client";
import { SIGN_IN_LIMITS } from "./throttle";

/** Records one sign-in attempt and prunes attempts too old to count. */
export async function recordSignInAttempt(email: string, ip: string, isSuccess: boolean, now: Date = new Date()): Promise<void> {
  await db.$transaction([
    db.signInAttempt.create({ data: { email, ip, isSuccess, createdAt: now } }),
    db.signInAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - SIGN_IN_LIMITS.retentionMs) } } }),
  ]);
}

/**
 * Ends every session of a user by bumping their session version, and audits why
 * ("auth.sign-out" when they signed out, "user.sign-out-everywhere" when asked to).
 */
export async function endAllSessions(userId: string, action: "auth.sign-out" | "user.sign-out-everywhere", actorId: string | null): Promise<void> {
  await db.$transaction(async (tx) => {
    const user = await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } }, select: { sessionVersion: true } });
    await tx.auditEvent.create({
      data: { action, entityType: "User", entityId: userId, actorId, before: null, after: JSON.stringify({ sessionVersion: user.sessionVersion }) },
    });
  });
}
