import "server-only";
import { db } from "@/lib/db/client";
import { PUBLIC_WHERE } from "@/lib/commitments/data";
import { todayIso } from "@/lib/calendar";
import { WRITE_TRANSACTION } from "@/lib/manage/result";
import { isMailConfigured } from "./mailer";

const MAX_CHANGES_PER_DIGEST = 50;

/**
 * Daily followers get one mail per calendar day (TIME_ZONE) listing the public changes recorded
 * since their last digest; a day without changes sends nothing. Each subscription's day is
 * claimed in the transaction that queues its digest, so a digest is queued once per day.
 */
export async function queueDailyDigests(now: Date, limit = 200): Promise<number> {
  if (!isMailConfigured()) return 0;
  const day = todayIso(now);
  const due = await db.subscription.findMany({
    where: { frequency: "DAILY", confirmedAt: { not: null }, OR: [{ lastDigestOn: null }, { lastDigestOn: { not: day } }] },
    select: { id: true, scope: true, target: true, digestCursor: true, lastDigestOn: true, createdAt: true },
    take: limit,
  });
  let queued = 0;
  for (const subscription of due) {
    await db.$transaction(async (tx) => {
      const claimed = await tx.subscription.updateMany({ where: { id: subscription.id, lastDigestOn: subscription.lastDigestOn }, data: { lastDigestOn: day, digestCursor: now } });
      if (claimed.count !== 1) return;
      const scope = subscription.scope === "COMMITMENT" ? { id: subscription.target } : subscription.scope === "THEME" ? { category: subscription.target } : {};
      const changes = await tx.statusChange.findMany({
        where: { recordedAt: { gt: subscription.digestCursor ?? subscription.createdAt, lte: now }, commitment: { ...PUBLIC_WHERE, ...scope } },
        orderBy: { recordedAt: "asc" },
        take: MAX_CHANGES_PER_DIGEST,
        select: { id: true },
      });
      if (changes.length === 0) return;
      await tx.delivery.create({
        data: { channel: "EMAIL", kind: "digest", dedupeKey: `digest:${subscription.id}:${day}`, subscriptionId: subscription.id, payload: JSON.stringify({ statusChangeIds: changes.map((change) => change.id) }), nextAttemptAt: now },
      });
      queued += 1;
    }, WRITE_TRANSACTION);
  }
  return queued;
}
