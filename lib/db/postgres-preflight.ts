import { readdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { postgresPoolConfig } from "./postgres-adapter";

/** The oldest PostgreSQL Uade runs on (tested on 15; 13 has every feature the migrations use). */
export const MIN_POSTGRES_VERSION = 13;

const POSTGRES_MIGRATIONS = path.join(process.cwd(), "prisma", "postgres", "migrations");

/** A start-up problem, told in one sentence that says what to do. */
export class DatabaseSetupError extends Error {}

function where(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname || "localhost"}:${parsed.port || 5432}`;
}

/** The sentence for a failed connection, by pg's error code; null when it is not a setup problem. */
export function explainConnectionError(error: unknown, url: string): string | null {
  const code = (error as { code?: string } | null)?.code;
  const database = decodeURIComponent(new URL(url).pathname.slice(1)) || "(default)";
  if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "EHOSTUNREACH" || code === "ETIMEDOUT")
    return `Cannot reach the PostgreSQL server at ${where(url)}: start it, or correct the host and port in DATABASE_URL.`;
  if (error instanceof Error && /timeout/i.test(error.message))
    return `The PostgreSQL server at ${where(url)} did not answer within 10 seconds: check that it runs and that a firewall lets this machine in.`;
  if (code === "28P01" || code === "28000")
    return `PostgreSQL at ${where(url)} refused the user name or password in DATABASE_URL: correct them, or create that role on the server.`;
  if (code === "3D000")
    return `The database "${database}" does not exist on ${where(url)}: create it (createdb ${database}) and start again.`;
  return null;
}

/** The sentence for a server older than MIN_POSTGRES_VERSION; null when it is new enough. */
export function explainServerVersion(versionNum: number): string | null {
  const major = Math.floor(versionNum / 10_000);
  return major < MIN_POSTGRES_VERSION
    ? `This PostgreSQL server is version ${major}; Uade needs ${MIN_POSTGRES_VERSION} or newer: upgrade it, or point DATABASE_URL at a newer server.`
    : null;
}

/** The sentence for a database migrated by the other provider's migrations; null when it is not. */
export function explainForeignMigrations(appliedNames: string[], localNames: string[]): string | null {
  const local = new Set(localNames);
  const foreign = appliedNames.filter((name) => !local.has(name));
  if (foreign.length === 0) return null;
  return `This PostgreSQL database holds migrations Uade's PostgreSQL folder does not have (${foreign[0]}${foreign.length > 1 ? ", …" : ""}), e.g. the SQLite ones: use an empty database for Uade, or the one it migrated before.`;
}

/**
 * Checks a PostgreSQL DATABASE_URL before migrating: the server answers, accepts the credentials,
 * is new enough, and holds no other provider's migrations. Throws DatabaseSetupError with one sentence.
 */
export async function checkPostgresDatabase(url: string, migrationsDirectory = POSTGRES_MIGRATIONS): Promise<void> {
  const client = new pg.Client(postgresPoolConfig(url));
  try {
    await client.connect();
  } catch (error) {
    const sentence = explainConnectionError(error, url);
    throw sentence ? new DatabaseSetupError(sentence) : error;
  }
  try {
    const { rows } = await client.query<{ v: string }>("SELECT current_setting('server_version_num') AS v");
    const tooOld = explainServerVersion(Number(rows[0]?.v ?? 0));
    if (tooOld) throw new DatabaseSetupError(tooOld);
    const { rows: table } = await client.query<{ t: string | null }>(
      "SELECT to_regclass('_prisma_migrations')::text AS t",
    );
    if (table[0]?.t) {
      const applied = await client.query<{ name: string }>('SELECT "migration_name" AS name FROM "_prisma_migrations"');
      const local = readdirSync(migrationsDirectory, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name);
      const foreign = explainForeignMigrations(
        applied.rows.map((row) => row.name),
        local,
      );
      if (foreign) throw new DatabaseSetupError(foreign);
    }
  } finally {
    await client.end();
  }
}
