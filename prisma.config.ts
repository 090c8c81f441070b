import { mkdirSync } from "node:fs";
import { defineConfig } from "prisma/config";
import { createAdapterFactory } from "./lib/db/adapter";
import { databaseDirectory, resolveDatabaseUrl } from "./lib/db/database-url";

// The JavaScript schema engine runs migrations through the libSQL driver adapter, so
// `prisma generate` and `prisma migrate` never download a native engine (works offline).
// The FTS5 search indexes (lib/search/, migration 20261207130000_search_and_facets) are virtual tables
// with shadow tables SQLite manages; without this list `prisma migrate dev` would drop the shadow tables.
const SEARCH_INDEX_TABLES = ["RecommendationSearch", "CommitmentSearch"].flatMap((name) =>
  ["", "_data", "_idx", "_content", "_docsize", "_config"].map((suffix) => `${name}${suffix}`),
);

export default defineConfig({
  experimental: { adapter: true, externalTables: true },
  tables: { external: SEARCH_INDEX_TABLES },
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  engine: "js",
  adapter: async () => {
    const url = resolveDatabaseUrl(process.env.DATABASE_URL || undefined);
    // SQLite creates the file but not its folder (default ./data).
    const directory = databaseDirectory(url);
    if (directory) mkdirSync(directory, { recursive: true });
    return createAdapterFactory(url, process.env.DATABASE_AUTH_TOKEN || undefined);
  },
});
