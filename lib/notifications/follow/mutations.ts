import "server-only";
import { db } from "@/lib/db/client";
import { PUBLIC_WHERE } from "@/lib/commitments/data";
import { WRITE_TRANSACTION } from "@/lib/operations/result";
import { currentInstant, todayIso } from "@/lib/calendar";
import { Prisma } from "@/lib/generated/prisma/client";
import { isMailConfigured } from "../mailer";
import { hashToken, isTokenOf, newTokenSalt, tokenFor, TOKEN_PATTERN } from "../tokens";
import type { FollowInput } from "../schema";
import { requestNotifyRun } from "../wake";

/** A confirmation is sent again for the same thing only after this long. */
export const RESEND_AFTER_MS = 10 * 60_000;
/** At most this many confirmation mails to one address per hour, whatever is asked. */
export const CONFIRMATIONS_PER_HOUR = 5;
/** Unconfirmed subscriptions one address may have at once (bounds what a flood can store). */
export const PENDING_PER_ADDRESS = 20;
/** A confirmation link works this long; unconfirmed rows are deleted after it. */
export const CONFIRM_VALID_MS = 7 * 24 * 3_600_000;

export type FollowOutcome = "sent" | "limited" | "unavailable" | "not-found";

/**
 * A follow request: records an unconfirmed subscription and queues one confirmation mail. The
 * answer is "sent" whether or not the address already follows (nobody learns who follows what);
 * a repeat within RESEND_AFTER_MS sends nothing new, and a flood for one address is "limited".
 */
export async function requestFollow(input: FollowInput, now: Date = currentInstant()): Promise<FollowOutcome> {
  if (!isMailConfigured()) return "unavailable";
  let target = "";
  if (input.scope === "COMMITMENT") {
    const commitment = await db.commitment.findFirst({
      where: { ...PUBLIC_WHERE, slug: input.commitment },
      select: { id: true },
    });
    if (!commitment) return "not-found";
    target = commitment.id;
  } else if (input.scope === "THEME") target = input.theme ?? "";
  // A repeat of a recent request is answered without taking the write lock (a flood stays cheap).
  // findFirst, not findUnique: Prisma batches parallel findUnique calls into one query with a parameter per call.
  const recentSame = await db.subscription.findFirst({
    where: { email: input.email, scope: input.scope, target },
    select: { confirmedAt: true, confirmationSentAt: true },
  });
  if (
    recentSame?.confirmedAt ||
    (recentSame?.confirmationSentAt && now.getTime() - recentSame.confirmationSentAt.getTime() < RESEND_AFTER_MS)
  )
    return "sent";
  try {
    const outcome = await db.$transaction(async (tx) => {
      // A write first, so SQLite's write lock is held before the counts are read: parallel
      // requests for one address are counted one after another.
      await tx.$executeRaw`UPDATE "Subscription" SET "email" = "email" WHERE "email" = ${input.email}`;
      const recent = await tx.subscription.count({
        where: { email: input.email, confirmationSentAt: { gt: new Date(now.getTime() - 3_600_000) } },
      });
      const existing = await tx.subscription.findUnique({
        where: { email_scope_target: { email: input.email, scope: input.scope, target } },
      });
      if (existing?.confirmedAt) return "sent" as const;
      if (existing?.confirmationSentAt && now.getTime() - existing.confirmationSentAt.getTime() < RESEND_AFTER_MS)
        return "sent" as const;
      if (recent >= CONFIRMATIONS_PER_HOUR) return "limited" as const;
      let subscriptionId = existing?.id;
      if (existing) {
        await tx.subscription.update({
          where: { id: existing.id },
          data: { locale: input.locale, frequency: input.frequency, confirmationSentAt: now },
        });
      } else {
        const pending = await tx.subscription.count({ where: { email: input.email, confirmedAt: null } });
        if (pending >= PENDING_PER_ADDRESS) return "limited" as const;
        const salt = newTokenSalt();
        const created = await tx.subscription.create({
          data: {
            email: input.email,
            locale: input.locale,
            scope: input.scope,
            target,
            frequency: input.frequency,
            tokenSalt: salt,
            confirmTokenHash: hashToken(tokenFor("confirm", salt)),
            unsubscribeTokenHash: hashToken(tokenFor("unsubscribe", salt)),
            confirmationSentAt: now,
          },
        });
        subscriptionId = created.id;
      }
      await tx.delivery.create({
        data: {
          channel: "EMAIL",
          kind: "confirm",
          dedupeKey: `confirm:${subscriptionId}:${now.getTime()}`,
          subscriptionId,
          payload: "{}",
          nextAttemptAt: now,
        },
      });
      return "sent" as const;
    }, WRITE_TRANSACTION);
    if (outcome === "sent") requestNotifyRun();
    return outcome;
  } catch (error) {
    // Two requests racing to create the same subscription: the other one sent the confirmation.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return "sent";
    throw error;
  }
}

type TokenOutcome = "done" | "already" | "expired" | "invalid";

async function findByToken(purpose: "confirm" | "unsubscribe", token: string) {
  if (!TOKEN_PATTERN.test(token)) return null;
  const hash = hashToken(token);
  const row = await db.subscription.findUnique({
    where: purpose === "confirm" ? { confirmTokenHash: hash } : { unsubscribeTokenHash: hash },
  });
  return row && isTokenOf(purpose, row.tokenSalt, token) ? row : null;
}

/** Confirms a subscription from its mailed link (the second step of double opt-in). */
export async function confirmFollow(token: string, now: Date = currentInstant()): Promise<TokenOutcome> {
  const row = await findByToken("confirm", token);
  if (!row) return "invalid";
  if (row.confirmedAt) return "already";
  if (!row.confirmationSentAt || now.getTime() - row.confirmationSentAt.getTime() > CONFIRM_VALID_MS) return "expired";
  const updated = await db.subscription.updateMany({
    where: { id: row.id, confirmedAt: null },
    data: { confirmedAt: now, digestCursor: now, lastDigestOn: todayIso(now) },
  });
  return updated.count === 1 ? "done" : "already";
}

/**
 * One-click unsubscribe: deletes the subscription (nothing of it is kept) and cancels its queued
 * mail. A forged token, or one already used, finds nothing and changes nothing.
 */
export async function unsubscribe(token: string): Promise<TokenOutcome> {
  const row = await findByToken("unsubscribe", token);
  if (!row) return "invalid";
  await db.$transaction(async (tx) => {
    await tx.delivery.updateMany({ where: { subscriptionId: row.id, state: "PENDING" }, data: { state: "CANCELLED" } });
    await tx.subscription.deleteMany({ where: { id: row.id } });
  }, WRITE_TRANSACTION);
  return "done";
}
