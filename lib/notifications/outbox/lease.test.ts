import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPrismaClient } from "@/lib/db/create-client";
import { claimDelivery } from "./mutations";

// Two app instances share one database (PostgreSQL, or SQLite on one machine): each pending mail is
// leased by exactly one of them, so it is sent once. The second instance is a second client with
// its own connections, claiming the same deliveries at the same moment.
const otherInstance = createPrismaClient(process.env.DATABASE_URL);
afterAll(async () => {
  await otherInstance.$disconnect();
  await db.$disconnect();
});

async function claimAsOtherInstance(id: string, now: Date): Promise<boolean> {
  const claimed = await otherInstance.delivery.updateMany({
    where: {
      id,
      state: "PENDING",
      nextAttemptAt: { lte: now },
      OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }],
    },
    data: { leaseOwner: "instance-b", leaseUntil: new Date(now.getTime() + 60_000), attempts: { increment: 1 } },
  });
  return claimed.count === 1;
}

describe("the outbox lease across two instances", () => {
  it("gives each of 20 deliveries to exactly one of two instances claiming them at once", async () => {
    const now = new Date("2026-12-07T12:00:00Z");
    const ids: string[] = [];
    for (let index = 0; index < 20; index += 1) {
      const { id } = await db.delivery.create({
        data: { channel: "email", kind: "test", dedupeKey: `lease-${index}`, payload: "{}", nextAttemptAt: now },
      });
      ids.push(id);
    }
    const outcomes = await Promise.all(
      ids.map(async (id) => {
        const [a, b] = await Promise.all([claimDelivery(id, now, "instance-a", 60_000), claimAsOtherInstance(id, now)]);
        return Number(a) + Number(b);
      }),
    );
    expect(outcomes).toEqual(ids.map(() => 1));
    const rows = await db.delivery.findMany({ where: { id: { in: ids } } });
    expect(rows.every((row) => row.attempts === 1 && row.leaseOwner !== null)).toBe(true);
  });
});
