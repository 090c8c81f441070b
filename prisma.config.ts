import { mkdirSync } from "node:fs";
import { defineConfig } from "prisma/config";
import { createAdapterFactory } from "./lib/db/adapter";
import { databaseDirectory, resolveDatabaseUrl } from "./lib/db/database-url";
import { isPostgresUrl } from "./lib/db/dialect";
import { createPostgresMigrationAdapterFactory } from "./lib/db/postgres-adapter";

// The JavaScript schema engine runs migrations through a driver adapter (libSQL, or pg for a
// postgresql:// DATABASE_URL), so `prisma generate` and `prisma migrate` never download a native
// engine (works offline). The full-text search indexes (lib/search/) are tables Prisma does not
// model: SQLite's FTS5 virtual tables with the shadow tables SQLite manages, PostgreSQL's tsvector
// tables; without this list `prisma migrate dev` would drop them.
const SEARCH_INDEXES = ["RecommendationSearch", "CommitmentSearch"];
const SQLITE_SEARCH_TABLES = SEARCH_INDEXES.flatMap((name) =>
  ["", "_data", "_idx", "_content", "_docsize", "_config"].map((suffix) => `${name}${suffix}`),
);

const databaseUrl = process.env.DATABASE_URL || undefined;
const isPostgres = isPostgresUrl(databaseUrl);

export default defineConfig({
  experimental: { adapter: true, externalTables: true },
  tables: { external: isPostgres ? SEARCH_INDEXES.map((name) => `public.${name}`) : SQLITE_SEARCH_TABLES },
  // PostgreSQL: the schema rendered from prisma/schema.prisma (npm run db:pg:schema) and its own migrations.
  schema: isPostgres ? "prisma/postgres/schema.prisma" : "prisma/schema.prisma",
  migrations: {
    path: isPostgres ? "prisma/postgres/migrations" : "prisma/migrations",
    seed: "tsx prisma/seed.ts",
  },
  engine: "js",
  adapter: async () => {
    if (isPostgres) return createPostgresMigrationAdapterFactory(databaseUrl as string);
    const url = resolveDatabaseUrl(databaseUrl);
    // SQLite creates the file but not its folder (default ./data).
    const directory = databaseDirectory(url);
    if (directory) mkdirSync(directory, { recursive: true });
    return createAdapterFactory(url, process.env.DATABASE_AUTH_TOKEN || undefined);
  },
});
