import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { inject } from "vitest";

// Each test file gets its own copy of the migrated template database, set before any module
// reads DATABASE_URL, so files run in parallel without sharing state.
const directory = mkdtempSync(path.join(tmpdir(), "uade-test-db-"));
const databasePath = path.join(directory, "test.db");
copyFileSync(inject("templateDatabasePath"), databasePath);
process.env.DATABASE_URL = `file:${databasePath}`;
