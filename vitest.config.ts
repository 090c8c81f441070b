import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

// Files about SQLite alone (its query plans, its busy timeout), left out of the PostgreSQL pass
// (TEST_DATABASE=postgres); other files mark single SQLite-only tests with itOn (tests/support/postgres.ts).
const SQLITE_ONLY_FILES = [
  "lib/recommendations/list/plans.test.ts",
  "lib/http/database-busy.test.ts",
  "lib/notifications/idle-run-lock.test.ts",
];
// Files that need a PostgreSQL server beside the SQLite database (npm run db:copy), left out of the SQLite pass.
const POSTGRES_ONLY_FILES = ["scripts/lib/db-copy.test.ts"];

export default defineConfig({
  resolve: {
    alias: [
      // `server-only` throws outside React Server Components; unit tests run data modules directly.
      { find: /^server-only$/, replacement: `${root}tests/support/server-only-stub.ts` },
      { find: /^@\/(.*)$/, replacement: `${root}$1` },
    ],
  },
  test: {
    include: ["lib/**/*.test.ts", "i18n/**/*.test.ts", "scripts/**/*.test.ts", "tests/unit/**/*.test.ts"],
    exclude: [
      "**/node_modules/**",
      ...(process.env.TEST_DATABASE === "postgres" ? SQLITE_ONLY_FILES : POSTGRES_ONLY_FILES),
    ],
    environment: "node",
    // Migrates a template database once with the real migrations; each test file gets a copy.
    globalSetup: ["tests/support/global-setup.ts"],
    setupFiles: ["tests/support/database-per-file.ts"],
    pool: "forks",
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
