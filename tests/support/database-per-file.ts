import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { databaseUrlFor, runOnServer } from "./postgres";

// Each test file gets its own copy of the migrated template database, set before any module
// reads DATABASE_URL, so files run in parallel without sharing state. On PostgreSQL the copy is a
// database created from the template (a file copy inside the server, about 100 ms).
const serverUrl = inject("postgresServerUrl");
if (serverUrl) {
  const template = inject("templateDatabasePath");
  const name = `uade_test_${template.split("_").at(-1)}_${process.pid}_${Date.now().toString(36)}`;
  await runOnServer(serverUrl, [`CREATE DATABASE ${name} TEMPLATE ${template}`]);
  process.env.DATABASE_URL = databaseUrlFor(serverUrl, name);
} else {
  const directory = mkdtempSync(path.join(tmpdir(), "uade-test-db-"));
  const databasePath = path.join(directory, "test.db");
  copyFileSync(inject("templateDatabasePath"), databasePath);
  process.env.DATABASE_URL = `file:${databasePath}`;
}
