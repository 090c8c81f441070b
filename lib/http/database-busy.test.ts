import { createClient } from "@libsql/client";
import { describeOn } from "@/tests/support/postgres";
import { afterAll, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { isDatabaseBusyError } from "./database-busy";
import { databaseBusyResponse } from "./json-body";

afterAll(() => db.$disconnect());

// Issue 22: right after kill -9 restarts, writes answered 500 with Prisma's P1008 ("Operations
// timed out"): SQLite's lock was still held when busy_timeout ran out. The same error, produced for
// real by a second connection holding the write lock, must be told apart and answered 503.
// SQLite only: PostgreSQL writers wait for row locks, and Uade's lock (lib/db/postgres-adapter.ts) has no busy timeout.
describeOn("sqlite")("a write that meets a busy database", () => {
  it("fails with P1008 after busy_timeout, is recognised, and is answered 503 with Retry-After", async () => {
    await db.commitment.count();
    const holder = createClient({ url: process.env.DATABASE_URL! });
    await holder.execute("BEGIN EXCLUSIVE");
    try {
      const error = await db.commitment.updateMany({ where: { id: "none" }, data: { summary: "x" } }).then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(error).not.toBeNull();
      expect((error as { code?: string }).code).toBe("P1008");
      expect(isDatabaseBusyError(error)).toBe(true);
    } finally {
      await holder.execute("ROLLBACK");
      holder.close();
    }
    const response = databaseBusyResponse();
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("2");
    expect(isDatabaseBusyError(new Error("unique constraint"))).toBe(false);
  }, 30_000);
});
