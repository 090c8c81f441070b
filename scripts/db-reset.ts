// `npm run db:reset -- --yes`: starts over with a fresh database holding only the dataset.
// The old database file is kept as a backup in data/backups/, never deleted outright.
import { existsSync, mkdirSync, renameSync } from "node:fs";
import path from "node:path";
import { resolveDatabaseUrl } from "@/lib/db/database-url";
import { parseEnv } from "@/lib/env";
import { prepareDatabase } from "./lib/prepare-database";

const env = parseEnv();
const url = resolveDatabaseUrl(env.DATABASE_URL);
if (!url.startsWith("file:")) {
  console.error(
    "db:reset only resets a local SQLite database. For a remote libSQL database, reset it with its own tools.",
  );
  process.exit(1);
}
if (!process.argv.includes("--yes")) {
  console.error(
    "This replaces the database with a fresh copy of the dataset (the current file is " +
      "kept in data/backups/).\nRun again with --yes to confirm: npm run db:reset -- --yes",
  );
  process.exit(1);
}
const file = url.slice("file:".length);
if (existsSync(file)) {
  const backups = path.join(path.dirname(file), "backups");
  mkdirSync(backups, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const backup = path.join(backups, `${path.basename(file, ".db")}-${stamp}.db`);
  renameSync(file, backup);
  for (const suffix of ["-wal", "-shm"]) {
    if (existsSync(file + suffix)) renameSync(file + suffix, backup + suffix);
  }
  console.log(`Moved the old database to ${backup}`);
}
await prepareDatabase();
