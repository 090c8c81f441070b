import pg from "pg";

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
