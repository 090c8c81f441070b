import pg from "pg";
import { describe, it } from "vitest";
import { dialectOf, type Dialect } from "@/lib/db/dialect";

/** `TEST_DATABASE=postgres` runs the Vitest suite on PostgreSQL instead of SQLite (npm test does both). */
export const isPostgresRun = process.env.TEST_DATABASE === "postgres";

/** The URL of database `name` on the server at `serverUrl` (same host, port and user). */
export function databaseUrlFor(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs statements on the server's maintenance connection (CREATE/DROP DATABASE cannot run in a transaction). */
export async function runOnServer(serverUrl: string, statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * `it` on one database only, and nothing at all on the other: a test that cannot apply there (SQLite
 * pragmas, FTS5 internals, a PostgreSQL server) is not registered, rather than reported as skipped
 * (npm test counts a skipped test as a failure). Called at a test file's top level.
 */
export function itOn(dialect: Dialect): typeof it {
  return dialectOf() === dialect ? it : ((() => undefined) as unknown as typeof it);
}

/** `describe` on one database only (see itOn). */
export function describeOn(dialect: Dialect): typeof describe {
  return dialectOf() === dialect ? describe : ((() => undefined) as unknown as typeof describe);
}
