// Copies a running SQLite install into an empty PostgreSQL database and verifies it
// (deploy/postgres.md, "Moving an SQLite install to PostgreSQL"):
//   npm run db:copy -- --to postgresql://user:password@host:5432/database [--from file:./data/uade.db] [--verify]
// --verify only compares an earlier copy again (row counts and checksums), changing nothing.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { resolveDatabaseUrl } from "@/lib/db/database-url";
import { copyDatabase, verifyCopy } from "./lib/db-copy";

/** prisma migrate deploy on the target (prisma.config.ts picks the PostgreSQL schema and migrations by URL). */
function migrateDatabase(databaseUrl: string): void {
  const prisma = path.resolve("node_modules", "prisma", "build", "index.js");
  const result = spawnSync(process.execPath, [prisma, "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    encoding: "utf8",
  });
  if (result.status !== 0)
    throw new Error(`Migrating the PostgreSQL database failed:\n${result.stdout}\n${result.stderr}`);
}

function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : args.find((arg) => arg.startsWith(`${name}=`))?.slice(name.length + 1);
}

const to = option("--to");
if (!to) {
  console.error(
    "Usage: npm run db:copy -- --to postgresql://user:password@host:5432/database [--from file:./data/uade.db] [--verify]",
  );
  process.exit(2);
}
const from = resolveDatabaseUrl(option("--from") ?? (process.env.DATABASE_URL || undefined));
try {
  const started = Date.now();
  const report = process.argv.includes("--verify")
    ? await verifyCopy(from, to)
    : await copyDatabase(from, to, { migrate: migrateDatabase, log: (line) => console.log(line) });
  const rows = report.copied.reduce((sum, table) => sum + table.rows, 0);
  console.log(
    `\nVerified ${report.copied.length} tables, ${rows} rows, in ${((Date.now() - started) / 1000).toFixed(1)} s:`,
  );
  for (const table of report.copied)
    console.log(`  ${table.table.padEnd(28)} ${String(table.rows).padStart(8)}  ${table.checksum.slice(0, 16)}`);
  for (const table of report.derived)
    console.log(
      `  ${table.table.padEnd(28)} ${String(table.target).padStart(8)}  (rebuilt by the database; SQLite had ${table.source})`,
    );
  console.log(
    `\nNext: copy the evidence captures folder to CAPTURE_DIR, then start with DATABASE_URL set to the PostgreSQL URL.`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
