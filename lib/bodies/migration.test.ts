import { readdirSync, readFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createClient } from "@libsql/client";
import { describe, expect, it } from "vitest";

// The migration that made bodies a vocabulary must convert what editors had typed as free text
// without losing a word: run every migration before it, write old-style rows, then run it.
const MIGRATIONS = path.join(process.cwd(), "prisma/migrations");
const TARGET = "20261201130000_responsible_bodies";

describe("the responsible-bodies migration", () => {
  it("maps the dataset's bodies to their keys, keeps any other text as a body of its own, and keeps every commitment and its history", async () => {
    const client = createClient({
      url: `file:${path.join(mkdtempSync(path.join(tmpdir(), "uade-migration-")), "m.db")}`,
    });
    const folders = readdirSync(MIGRATIONS)
      .filter((name) => /^\d{14}_/.test(name))
      .sort();
    for (const folder of folders.filter((name) => name < TARGET))
      await client.executeMultiple(readFileSync(path.join(MIGRATIONS, folder, "migration.sql"), "utf8"));
    await client.executeMultiple(`
      INSERT INTO "Commitment" ("id", "slug", "title", "summary", "category", "responsibleBody", "updatedAt") VALUES
        ('a', 'a', 't', 's', 'justice', 'Government', 0),
        ('b', 'b', 't', 's', 'justice', ' parliament ', 0),
        ('c', 'c', 't', 's', 'justice', 'Верховный суд', 0),
        ('d', 'd', 't', 's', 'justice', 'Ministry of Justice', 0),
        ('e', 'e', 't', 's', 'justice', 'Ministry of Justice', 0);
      INSERT INTO "Instrument" ("code", "name") VALUES ('CAT', 'Convention against Torture');
      INSERT INTO "StatusChange" ("id", "commitmentId", "field", "fromValue", "toValue", "effectiveOn", "justification") VALUES ('s1', 'a', 'ASSESSMENT', 'NOT_ASSESSED', 'STALLED', 0, 'j');
    `);
    await client.executeMultiple(readFileSync(path.join(MIGRATIONS, TARGET, "migration.sql"), "utf8"));

    const bodyOf = Object.fromEntries(
      (await client.execute(`SELECT "slug", "responsibleBody" FROM "Commitment" ORDER BY "slug"`)).rows.map((row) => [
        row.slug,
        row.responsibleBody,
      ]),
    );
    expect(bodyOf).toEqual({ a: "government", b: "parliament", c: "body-2", d: "body-1", e: "body-1" });
    const names = (
      await client.execute(
        `SELECT "key", "nameEn", "nameRu", "nameKk" FROM "ResponsibleBody" WHERE "key" IN ('government', 'body-1', 'body-2') ORDER BY "key"`,
      )
    ).rows.map((row) => ({ ...row }));
    expect(names).toEqual([
      { key: "body-1", nameEn: "Ministry of Justice", nameRu: "Ministry of Justice", nameKk: "Ministry of Justice" },
      { key: "body-2", nameEn: "Верховный суд", nameRu: "Верховный суд", nameKk: "Верховный суд" },
      { key: "government", nameEn: "Government", nameRu: "Правительство", nameKk: "Үкімет" },
    ]);
    expect((await client.execute(`SELECT COUNT(*) AS n FROM "StatusChange"`)).rows[0]?.n).toBe(1);
    expect((await client.execute(`PRAGMA foreign_key_check`)).rows).toEqual([]);
    expect((await client.execute(`SELECT "nameRu" FROM "Instrument" WHERE "code" = 'CAT'`)).rows[0]?.nameRu).toBe(
      "Конвенция против пыток и других жестоких, бесчеловечных или унижающих достоинство видов обращения и наказания",
    );
    // The append-only history keeps its triggers through the table rebuild.
    await expect(client.execute(`DELETE FROM "StatusChange"`)).rejects.toThrow();
    client.close();
  });
});
