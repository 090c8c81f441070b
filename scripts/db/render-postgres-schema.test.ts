import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { databaseUrlFor, itOn } from "@/tests/support/postgres";
import { POSTGRES_SCHEMA_PATH, SQLITE_SCHEMA_PATH, renderPostgresSchema } from "./render-postgres-schema";

const PRISMA = path.resolve("node_modules", "prisma", "build", "index.js");

/** `prisma migrate diff` from the PostgreSQL migrations to a schema; exit code 2 means they differ. */
function diffMigrationsTo(schemaPath: string, serverUrl: string) {
  return spawnSync(
    process.execPath,
    [
      PRISMA,
      "migrate",
      "diff",
      "--from-migrations",
      "prisma/postgres/migrations",
      "--to-schema-datamodel",
      schemaPath,
      "--exit-code",
    ],
    {
      // The shadow database is created on this server and dropped afterwards.
      env: { ...process.env, DATABASE_URL: databaseUrlFor(serverUrl, "postgres"), PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      encoding: "utf8",
    },
  );
}

describe("the PostgreSQL schema", () => {
  it("is the rendering of prisma/schema.prisma (run npm run db:pg:schema after changing the model)", () => {
    const rendered = renderPostgresSchema(readFileSync(SQLITE_SCHEMA_PATH, "utf8"));
    expect(readFileSync(POSTGRES_SCHEMA_PATH, "utf8")).toBe(rendered);
    expect(rendered).toContain('provider = "postgresql"');
    expect(rendered).toContain("lib/generated/prisma-pg");
  });

  // Needs a server for the shadow database: runs in the PostgreSQL pass of npm test.
  itOn("postgres")(
    "matches its committed migrations, and a model change without a migration is drift",
    () => {
      const serverUrl = inject("postgresServerUrl");
      const inSync = diffMigrationsTo(POSTGRES_SCHEMA_PATH, serverUrl);
      expect(inSync.stderr + inSync.stdout).toContain("No difference detected");
      expect(inSync.status).toBe(0);

      const changed = path.join(mkdtempSync(path.join(tmpdir(), "uade-schema-")), "schema.prisma");
      writeFileSync(
        changed,
        readFileSync(POSTGRES_SCHEMA_PATH, "utf8").replace(
          "model PublicDataVersion {",
          "model PublicDataVersion {\n  note String?",
        ),
      );
      const drifted = diffMigrationsTo(changed, serverUrl);
      expect(drifted.stdout).toMatch(/Changed the `PublicDataVersion` table[\s\S]*note/);
      expect(drifted.status).toBe(2);
    },
    60_000,
  );
});
