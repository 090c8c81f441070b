import { mkdirSync } from "node:fs";
import { defineConfig } from "prisma/config";
import { createAdapterFactory } from "./lib/db/adapter";
import { databaseDirectory, resolveDatabaseUrl } from "./lib/db/database-url";

// The JavaScript schema engine runs migrations through the libSQL driver adapter, so
// `prisma generate` and `prisma migrate` never download a native engine (works offline).
export default defineConfig({
  experimental: { adapter: true },
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
