import { afterAll, describe, expect } from "vitest";
import { itOn } from "@/tests/support/postgres";
import { parseCalendarDate } from "@/lib/calendar";
import { db } from "@/lib/db/client";
import { buildAtomFeed } from "./atom";
import { listFeedChanges } from "./data";

afterAll(() => db.$disconnect());

// Attack (issue 22): another tool writes invalid UTF-8 into the database. The native SQLite driver
// aborts the whole process when it reads such a TEXT value, so /feed.xml must never read one as text.
describe("the site feed and invalid UTF-8 in the database", () => {
  // PostgreSQL checks every text it stores: the attack cannot put such bytes in its database.
  itOn("postgres")("attack: PostgreSQL refuses to store invalid UTF-8 at all", async () => {
    await expect(db.$queryRawUnsafe(`SELECT convert_from('\\x5a80c328ff'::bytea, 'UTF8') AS "t"`)).rejects.toThrow(
      /invalid byte sequence/,
    );
  });

  itOn("sqlite")(
    "attack: reads a title and a justification holding invalid UTF-8, replacing the bad bytes",
    async () => {
      const commitment = await db.commitment.create({
        data: {
          slug: "bad-bytes",
          title: "t",
          summary: "s",
          category: "justice",
          responsibleBody: "government",
          isPublished: true,
        },
      });
      const evidence = await db.evidence.create({
        data: { commitmentId: commitment.id, url: "https://example.org/law", title: "Law" },
      });
      // As another tool would: bytes that are not UTF-8 (a lone continuation byte, a truncated
      // sequence, 0xFF) stored as TEXT.
      await db.$executeRawUnsafe(
        `UPDATE "Commitment" SET "title" = CAST(X'5A616B6F6E2080C328FF21' AS TEXT) WHERE "id" = ?`,
        commitment.id,
      );
      await db.$executeRawUnsafe(
        `INSERT INTO "StatusChange" ("id", "commitmentId", "field", "fromValue", "toValue", "effectiveOn", "justification", "recordedAt")
       VALUES ('bad-bytes-change', ?, 'ASSESSMENT', 'NOT_ASSESSED', 'STALLED', ?, CAST(X'4F6BC3FF' AS TEXT), ?)`,
        commitment.id,
        parseCalendarDate("2026-12-01").getTime(),
        new Date("2026-12-01T10:00:00Z").getTime(),
      );
      await db.$executeRawUnsafe(
        `INSERT INTO "StatusChangeEvidence" ("statusChangeId", "evidenceId") VALUES ('bad-bytes-change', ?)`,
        evidence.id,
      );
      expect(
        await db.$queryRawUnsafe<{ kind: string }[]>(
          `SELECT typeof("title") AS kind FROM "Commitment" WHERE "id" = ?`,
          commitment.id,
        ),
      ).toEqual([{ kind: "text" }]);

      const changes = await listFeedChanges(50);
      const change = changes.find((row) => row.id === "bad-bytes-change");
      expect(change).toMatchObject({
        field: "ASSESSMENT",
        toValue: "STALLED",
        justification: "Ok\uFFFD\uFFFD",
        commitment: { slug: "bad-bytes", title: "Zakon \uFFFD\uFFFD(\uFFFD!" },
        evidence: [{ evidence: { url: "https://example.org/law", title: "Law" } }],
      });
      expect(change?.effectiveOn.toISOString()).toBe("2026-12-01T00:00:00.000Z");
      const xml = buildAtomFeed({
        locale: "en",
        words: { title: "Feed", subtitle: "s", author: "Uade", effective: (date) => date },
        selfUrl: "https://uade.example/feed.xml",
        pageUrl: "https://uade.example/en",
        siteUrl: "https://uade.example",
        changes,
        emptyUpdated: new Date(),
      });
      expect(xml).toContain("Zakon \uFFFD\uFFFD(\uFFFD!");
    },
  );
});
