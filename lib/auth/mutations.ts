import "server-only";
import { db } from "@/lib/db/client";
import { WRITE_TRANSACTION } from "@/lib/operations/result";
import { countRecentFailures } from "./data";
import { SIGN_IN_LIMITS, decideThrottle, type ThrottleDecision } from "./throttle";
import { currentInstant } from "@/lib/calendar";

/**
 * Counts recent failures and, when the limits allow another check, records this attempt as a
 * failure before its password is checked: one write transaction, whose first statement takes
 * SQLite's write lock, so parallel attempts are counted one after another and never more than the
 * limit get checked. A refused attempt is not recorded (a pause does not grow by hammering it).
 */
export async function reserveSignInAttempt(
  email: string,
  ip: string,
  now: Date = currentInstant(),
): Promise<{ attemptId: string } | { refusal: Extract<ThrottleDecision, { isAllowed: false }> }> {
  return db.$transaction(async (tx) => {
    const { id } = await tx.signInAttempt.create({
      data: { email, ip, isSuccess: false, createdAt: now },
      select: { id: true },
    });
    const decision = decideThrottle(await countRecentFailures(email, ip, now, id, tx), now);
    if (decision.isAllowed) return { attemptId: id };
    await tx.signInAttempt.delete({ where: { id } });
    return { refusal: decision };
  }, WRITE_TRANSACTION);
}

/** Settles a checked attempt (success or failure) and prunes attempts too old to count. */
export async function settleSignInAttempt(id: string, isSuccess: boolean, now: Date = currentInstant()): Promise<void> {
  await db.$transaction([
    db.signInAttempt.updateMany({ where: { id }, data: { isSuccess } }),
    db.signInAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - SIGN_IN_LIMITS.retentionMs) } } }),
  ]);
}

/**
 * Ends every session of a user by bumping their session version, and audits why
 * ("auth.sign-out" when they signed out, "user.sign-out-everywhere" when asked to).
 */
export async function endAllSessions(
  userId: string,
  action: "auth.sign-out" | "user.sign-out-everywhere",
  actorId: string | null,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const user = await tx.user.update({
      where: { id: userId },
      data: { sessionVersion: { increment: 1 } },
      select: { sessionVersion: true },
    });
    await tx.auditEvent.create({
      data: {
        action,
        entityType: "User",
        entityId: userId,
        actorId,
        before: null,
        after: JSON.stringify({ sessionVersion: user.sessionVersion }),
      },
    });
  });
}
