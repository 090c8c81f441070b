import Database from "libsql";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { currentInstant } from "@/lib/calendar";
import { runNotifyWork } from "./worker";
import { newUnconfirmed } from "@/tests/support/unconfirmed-follow";

// The server runs the notification work every NOTIFY_POLL_SECONDS. SQLite's local driver waits for
// a lock on the event loop, so a run that takes the write lock while another process writes (a
// slice of `npm run import`) holds every request of the server until that write commits. With
// nothing to do, a run must only read: WAL readers never wait for a writer. PostgreSQL's writers
// do not lock out a statement that changes no row, so the lock is SQLite's alone: this file runs on
// SQLite only (vitest.config.ts, SQLITE_ONLY_FILES); idle-run.test.ts runs on both.

afterAll(async () => {
  await db.$disconnect();
});

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
  it("takes no write lock: it finishes while another process holds one", { timeout: 20_000 }, async () => {
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
  });
});
