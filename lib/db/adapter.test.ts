import { afterAll, describe, expect, it } from "vitest";
import { describeOn } from "@/tests/support/postgres";
import { createPrismaClient } from "./create-client";

const db = createPrismaClient(process.env.DATABASE_URL);
afterAll(() => db.$disconnect());

async function pragmas() {
  const [journal] = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
  const [timeout] = await db.$queryRawUnsafe<{ timeout: number | bigint }[]>("PRAGMA busy_timeout");
  const [foreignKeys] = await db.$queryRawUnsafe<{ foreign_keys: number | bigint }[]>("PRAGMA foreign_keys");
  return {
    journal: journal?.journal_mode,
    timeout: Number(timeout?.timeout),
    foreignKeys: Number(foreignKeys?.foreign_keys),
  };
}

// SQLite only: PostgreSQL has no pragmas (its foreign keys and durability are always on).
describeOn("sqlite")("SQLite connection settings", () => {
  it("uses WAL, a 5 s busy timeout and enforced foreign keys", async () => {
    expect(await pragmas()).toEqual({ journal: "wal", timeout: 5000, foreignKeys: 1 });
  });

  it("keeps them on the fresh connection opened after a transaction", async () => {
    await db.$transaction(async (tx) => {
      await tx.appMeta.upsert({
        where: { key: "probe" },
        create: { key: "probe", value: "1" },
        update: { value: "2" },
      });
    });
    expect(await pragmas()).toEqual({ journal: "wal", timeout: 5000, foreignKeys: 1 });
  });

  it("refuses a quote that points at no commitment", async () => {
    await expect(
      db.$executeRawUnsafe(
        `INSERT INTO "Quote" (id, commitmentId, sourceId, text) VALUES ('q1', 'missing', 'missing', 'x')`,
      ),
    ).rejects.toThrow(/FOREIGN KEY/i);
  });
});

// The trigger's message does not survive Prisma's error mapping (it reports a constraint
// violation), so these tests check that the write is refused and the row is unchanged.
describe("append-only history", () => {
  it("refuses to change or delete a status change or an audit event", async () => {
    const commitment = await db.commitment.create({
      data: { slug: "append-only-probe", title: "t", summary: "s", category: "justice", responsibleBody: "parliament" },
    });
    const change = await db.statusChange.create({
      data: {
        commitmentId: commitment.id,
        field: "ASSESSMENT",
        fromValue: "NOT_ASSESSED",
        toValue: "STALLED",
        effectiveOn: new Date(),
        justification: "j",
      },
    });
    await expect(
      db.statusChange.update({ where: { id: change.id }, data: { justification: "rewritten" } }),
    ).rejects.toThrow();
    await expect(db.statusChange.delete({ where: { id: change.id } })).rejects.toThrow();

    const event = await db.auditEvent.create({
      data: { action: "probe", entityType: "Commitment", entityId: commitment.id },
    });
    await expect(db.auditEvent.update({ where: { id: event.id }, data: { action: "forged" } })).rejects.toThrow();
    await expect(db.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow();
    expect(await db.statusChange.findUniqueOrThrow({ where: { id: change.id } })).toMatchObject({ justification: "j" });
    expect(await db.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ action: "probe" });
    await expect(db.$executeRawUnsafe(`DELETE FROM "AuditEvent"`)).rejects.toThrow();
    expect(await db.auditEvent.count()).toBe(1);
  });
});
