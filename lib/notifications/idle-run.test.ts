import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { currentInstant } from "@/lib/calendar";
import { runNotifyWork } from "./worker";
import { newUnconfirmed } from "@/tests/support/unconfirmed-follow";

// An idle notification run reads before it deletes (idle-run-lock.test.ts, SQLite only, says why);
// what is due is still forgotten, on both databases.

afterAll(async () => {
  await db.$disconnect();
});

describe("an idle notification run", () => {
  it("still forgets follow requests nobody confirmed in a week", async () => {
    const stale = await newUnconfirmed("stale@example.org", 8);
    const recent = await newUnconfirmed("fresh@example.org", 6);
    await runNotifyWork(currentInstant());
    expect(await db.subscription.findUnique({ where: { id: stale.id } })).toBeNull();
    expect(await db.subscription.findUnique({ where: { id: recent.id } })).not.toBeNull();
  });
});
