import { describe, expect, inject, it } from "vitest";
import { databaseUrlFor, itOn, runOnServer } from "@/tests/support/postgres";
import { checkPostgresDatabase, explainServerVersion } from "./postgres-preflight";

// Each start-up problem stops `npm start` with one sentence that says what to do.
const serverUrl = inject("postgresServerUrl");

describe("checking a PostgreSQL database before start-up", () => {
  it("names an unreachable server and what to do", async () => {
    await expect(checkPostgresDatabase("postgresql://uade@127.0.0.1:1/uade")).rejects.toThrow(
      "Cannot reach the PostgreSQL server at 127.0.0.1:1: start it, or correct the host and port in DATABASE_URL.",
    );
  });

  it("refuses a server older than 13, and accepts 13 and newer", () => {
    expect(explainServerVersion(120_015)).toBe(
      "This PostgreSQL server is version 12; Uade needs 13 or newer: upgrade it, or point DATABASE_URL at a newer server.",
    );
    expect(explainServerVersion(130_000)).toBeNull();
    expect(explainServerVersion(150_018)).toBeNull();
  });

  // The rest needs a server: the PostgreSQL pass of npm test.
  itOn("postgres")("names wrong credentials and a missing database", async () => {
    const wrongUser = new URL(serverUrl);
    wrongUser.username = "nobody_here";
    await expect(checkPostgresDatabase(wrongUser.toString())).rejects.toThrow(/refused the user name or password/);
    await expect(checkPostgresDatabase(databaseUrlFor(serverUrl, "no_such_database"))).rejects.toThrow(
      /The database "no_such_database" does not exist on .*: create it \(createdb no_such_database\)/,
    );
  });

  itOn("postgres")("refuses a database migrated with the SQLite migrations, accepts its own", async () => {
    const name = `uade_foreign_${process.pid}`;
    await runOnServer(serverUrl, [`DROP DATABASE IF EXISTS ${name}`, `CREATE DATABASE ${name}`]);
    const url = databaseUrlFor(serverUrl, name);
    await runOnServer(url, [
      'CREATE TABLE "_prisma_migrations" ("migration_name" TEXT NOT NULL)',
      `INSERT INTO "_prisma_migrations" VALUES ('20261207140000_baseline')`,
    ]);
    await expect(checkPostgresDatabase(url)).resolves.toBeUndefined();
    await runOnServer(url, [`INSERT INTO "_prisma_migrations" VALUES ('20261122000000_init')`]);
    await expect(checkPostgresDatabase(url)).rejects.toThrow(
      /holds migrations Uade's PostgreSQL folder does not have \(20261122000000_init\).*use an empty database/,
    );
    await runOnServer(serverUrl, [`DROP DATABASE ${name}`]);
  });
});
