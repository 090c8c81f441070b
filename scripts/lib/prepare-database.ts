import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { loadDataset, loadDatasetTranslations } from "@/lib/dataset/load-dataset";
import { seedDataset } from "@/lib/dataset/seed-dataset";
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseDirectory, resolveDatabaseUrl } from "@/lib/db/database-url";
import { isPostgresUrl } from "@/lib/db/dialect";
import { checkPostgresDatabase } from "@/lib/db/postgres-preflight";
import { refreshPlannerStatistics } from "@/lib/db/statistics";
import { parseEnv, type Env } from "@/lib/env";

const PRISMA_BIN = path.join(process.cwd(), "node_modules", "prisma", "build", "index.js");

/** The folder for local state (SQLite file, generated secret): beside the database, or ./data. */
export function dataDirectoryFor(env: Env): string {
  return databaseDirectory(env.DATABASE_URL) ?? path.resolve("data");
}

/**
 * Applies committed migrations (prisma migrate deploy) and loads the commitment dataset if this
 * database has never had it, then refreshes the query planner's statistics. Safe to run on every
 * start: it never changes existing records.
 */
export async function prepareDatabase({ quiet = false } = {}): Promise<Env> {
  const env = parseEnv();
  mkdirSync(dataDirectoryFor(env), { recursive: true });
  const log = quiet ? () => {} : (message: string) => console.log(message);

  // PostgreSQL: an unreachable server, wrong credentials, an old server or the SQLite migrations
  // stop here with one sentence, before Prisma's longer messages.
  if (isPostgresUrl(env.DATABASE_URL)) await checkPostgresDatabase(env.DATABASE_URL);
  log("Applying database migrations…");
  const migrate = spawnSync(process.execPath, [PRISMA_BIN, "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: resolveDatabaseUrl(env.DATABASE_URL), PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    encoding: "utf8",
  });
  if (migrate.status !== 0) {
    throw new Error(`Database migration failed:\n${migrate.stdout}\n${migrate.stderr}`);
  }

  const db = createPrismaClient(env.DATABASE_URL, env.DATABASE_AUTH_TOKEN);
  try {
    const result = await seedDataset(db, loadDataset(), loadDatasetTranslations());
    log(
      result.isSeeded
        ? `Loaded the commitment dataset: ${result.commitments} commitments, ${result.quotes} quotes.`
        : `Keeping existing data (${result.reason}).`,
    );
    await refreshPlannerStatistics(db);
  } finally {
    await db.$disconnect();
  }
  return env;
}
