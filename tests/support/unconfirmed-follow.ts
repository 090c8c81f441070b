import { db } from "@/lib/db/client";
import { currentInstant } from "@/lib/calendar";

const DAY_MS = 24 * 3_600_000;

/** A follow request (subscription) whose confirmation mail went out `sentDaysAgo` days ago and was never confirmed. */
export async function newUnconfirmed(email: string, sentDaysAgo: number) {
  const key = `${email}-${Date.now()}-${Math.random()}`;
  return db.subscription.create({
    data: {
      email,
      locale: "en",
      scope: "ALL",
      frequency: "IMMEDIATE",
      tokenSalt: "salt",
      confirmTokenHash: `confirm-${key}`,
      unsubscribeTokenHash: `unsubscribe-${key}`,
      confirmationSentAt: new Date(currentInstant().getTime() - sentDaysAgo * DAY_MS),
    },
  });
}
