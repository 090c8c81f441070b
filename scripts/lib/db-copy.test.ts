import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createClient } from "@libsql/client";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadDataset, loadDatasetTranslations } from "@/lib/dataset/load-dataset";
import { seedDataset } from "@/lib/dataset/seed-dataset";
import { createPrismaClient } from "@/lib/db/create-client";
import { migrateDatabase } from "@/tests/support/migrate";
import { databaseUrlFor, runOnServer } from "@/tests/support/postgres";
import { copyDatabase, verifyCopy } from "./db-copy";

// npm run db:copy against a real SQLite install (migrated, the dataset loaded, history, audit and
// recommendations added) and a real PostgreSQL server: the PostgreSQL pass of npm test (the SQLite
// pass leaves this file out, vitest.config.ts).
const serverUrl = inject("postgresServerUrl");
const directory = mkdtempSync(path.join(tmpdir(), "uade-db-copy-"));
const sourceUrl = `file:${path.join(directory, "source.db")}`;
const targetName = `uade_copy_${process.pid}_${Date.now().toString(36)}`;
const targetUrl = serverUrl ? databaseUrlFor(serverUrl, targetName) : "";

async function query<T extends pg.QueryResultRow>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: targetUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("copying an SQLite install into PostgreSQL", () => {
  beforeAll(async () => {
    migrateDatabase(sourceUrl);
    const source = createPrismaClient(sourceUrl);
    await seedDataset(source, loadDataset(), loadDatasetTranslations());
    const commitment = await source.commitment.findFirstOrThrow({ orderBy: { slug: "asc" } });
    const user = await source.user.create({
      data: { email: "copy@example.org", name: "Айгүл Copy", passwordHash: "x", role: "EDITOR" },
    });
    await source.statusChange.create({
      data: {
        commitmentId: commitment.id,
        field: "ASSESSMENT",
        fromValue: "NOT_STARTED",
        toValue: "IN_PROGRESS",
        effectiveOn: new Date("2024-05-01T00:00:00Z"),
        justification: "Закон принят в первом чтении.",
        recordedById: user.id,
      },
    });
    await source.recommendation.create({
      data: {
        mechanismCode: "UPR",
        cycle: "4th cycle",
        symbol: "A/HRC/59/15",
        paragraph: "140.7",
        text: "Ratify the Second Optional Protocol to the ICCPR",
        response: "SUPPORTED",
        themes: { create: [{ theme: "Death penalty" }] },
      },
    });
    await source.$disconnect();
    await runOnServer(serverUrl, [`CREATE DATABASE ${targetName}`]);
  }, 120_000);

  afterAll(async () => {
    rmSync(directory, { recursive: true, force: true });
    if (serverUrl) await runOnServer(serverUrl, [`DROP DATABASE IF EXISTS ${targetName} WITH (FORCE)`]);
  });

  it("copies every table with its ids and verifies counts and checksums, then refuses to copy over the result", async () => {
    const report = await copyDatabase(sourceUrl, targetUrl, { migrate: migrateDatabase });
    const rows = Object.fromEntries(report.copied.map((table) => [table.table, table.rows]));
    expect(rows.Commitment).toBe(loadDataset().commitments.length);
    expect(rows.StatusChange).toBeGreaterThan(0);
    expect(rows.User).toBe(1);
    expect(rows.Recommendation).toBe(1);
    // The same ids, text and instants on PostgreSQL, read back through the app's own client.
    const copied = createPrismaClient(targetUrl);
    try {
      const change = await copied.statusChange.findFirstOrThrow({
        where: { recordedBy: { email: "copy@example.org" } },
      });
      expect(change.justification).toBe("Закон принят в первом чтении.");
      expect(change.effectiveOn.toISOString()).toBe("2024-05-01T00:00:00.000Z");
      expect((await copied.user.findFirstOrThrow()).name).toBe("Айгүл Copy");
    } finally {
      await copied.$disconnect();
    }
    // The database rebuilt its derived tables (facet counts) from the copied rows.
    expect(report.derived.find((table) => table.table === "RecommendationFacet")?.target).toBeGreaterThan(0);
    // History stays append-only on the copy.
    await expect(query('DELETE FROM "StatusChange"')).rejects.toThrow(/append-only/);

    await expect(copyDatabase(sourceUrl, targetUrl, { migrate: migrateDatabase })).rejects.toThrow(
      /already holds data \(table User is not empty\)/,
    );

    // Checked again later: the same copy verifies; one changed character in the target does not.
    expect((await verifyCopy(sourceUrl, targetUrl)).copied).toEqual(report.copied);
    await query(`UPDATE "User" SET name = 'Айгул Copy'`);
    await expect(verifyCopy(sourceUrl, targetUrl)).rejects.toThrow(/Verification failed for User: 1 rows/);
  }, 120_000);

  it("changes nothing in the target when PostgreSQL refuses a row, so it can be run again once the row is corrected", async () => {
    const failing = `uade_copy_fail_${process.pid}_${Date.now().toString(36)}`;
    const failingUrl = databaseUrlFor(serverUrl, failing);
    await runOnServer(serverUrl, [`CREATE DATABASE ${failing}`]);
    // SQLite keeps text in an integer column (its types are advisory); PostgreSQL refuses it.
    const source = createClient({ url: sourceUrl });
    await source.execute("UPDATE Commitment SET version = 'seven' WHERE slug = (SELECT MIN(slug) FROM Commitment)");
    try {
      await expect(copyDatabase(sourceUrl, failingUrl, { migrate: migrateDatabase })).rejects.toThrow(
        /PostgreSQL refused a row of Commitment .*Nothing was copied/,
      );
      const client = new pg.Client({ connectionString: failingUrl });
      await client.connect();
      const counts = await client.query<{ n: string }>('SELECT COUNT(*) AS n FROM "Commitment"');
      await client.end();
      expect(counts.rows[0]?.n).toBe("0");

      await source.execute("UPDATE Commitment SET version = 1 WHERE slug = (SELECT MIN(slug) FROM Commitment)");
      const report = await copyDatabase(sourceUrl, failingUrl, { migrate: migrateDatabase });
      expect(report.copied.find((table) => table.table === "Commitment")?.rows).toBe(loadDataset().commitments.length);
    } finally {
      source.close();
      await runOnServer(serverUrl, [`DROP DATABASE IF EXISTS ${failing} WITH (FORCE)`]);
    }
  }, 120_000);

  it("refuses a PostgreSQL source and a non-PostgreSQL target with what to do", async () => {
    await expect(copyDatabase(targetUrl, targetUrl, { migrate: migrateDatabase })).rejects.toThrow(
      /copies an SQLite install/,
    );
    await expect(copyDatabase(sourceUrl, "file:./other.db", { migrate: migrateDatabase })).rejects.toThrow(
      /--to must be a PostgreSQL URL/,
    );
  });
});
