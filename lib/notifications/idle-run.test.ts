import Database from "libsql";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { dialectOf } from "@/lib/db/dialect";
import { currentInstant } from "@/lib/calendar";
import { runNotifyWork } from "./worker";

// The server runs the notification work every NOTIFY_POLL_SECONDS. SQLite's local driver waits for
// a lock on the event loop, so a run that takes the write lock while another process writes (a
// slice of `npm run import`) holds every request of the server until that write commits. With
// nothing to do, a run must only read: WAL readers never wait for a writer. PostgreSQL's writers
// do not lock out a statement that changes no row, so the lock is SQLite's alone.

afterAll(async () => {
  await db.$disconnect();
});

const DAY_MS = 24 * 3_600_000;

async function newUnconfirmed(email: string, sentDaysAgo: number) {
  const key = `${email}-${Date.now()}`;
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

/** Another connection holding SQLite's write lock, as the import does for each slice. */
function holdWriteLock(): { release: () => void } {
  const file = (process.env.DATABASE_URL ?? "").replace(/^file:/, "");
  const holder = new Database(file, { fileMustExist: true });
  holder.exec("BEGIN IMMEDIATE");
  return {
    release: () => {
      holder.exec("ROLLBACK");
      holder.close();
    },
  };
}

describe("an idle notification run", () => {
  it.skipIf(dialectOf() === "postgres")(
    "takes no write lock: it finishes while another process holds one",
    { timeout: 20_000 },
    async () => {
      const recent = await newUnconfirmed("recent@example.org", 1);
      const lock = holdWriteLock();
      try {
        // Nothing to fan out, send or forget. A write here would wait out busy_timeout and fail.
        await expect(runNotifyWork(currentInstant())).resolves.toEqual({
          fannedOut: 0,
          digests: 0,
          sent: 0,
          retried: 0,
          failed: 0,
        });
      } finally {
        lock.release();
      }
      expect(await db.subscription.findUnique({ where: { id: recent.id } })).not.toBeNull();
    },
  );

  it("still forgets follow requests nobody confirmed in a week", async () => {
    const stale = await newUnconfirmed("stale@example.org", 8);
    const recent = await newUnconfirmed("fresh@example.org", 6);
    await runNotifyWork(currentInstant());
    expect(await db.subscription.findUnique({ where: { id: stale.id } })).toBeNull();
    expect(await db.subscription.findUnique({ where: { id: recent.id } })).not.toBeNull();
  });
});
