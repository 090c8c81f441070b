import Database from "libsql";
import { createClient } from "@libsql/client";
import pg from "pg";
import { isFileDatabaseUrl, resolveDatabaseUrl } from "@/lib/db/database-url";
import { databaseClockMsSql, isPostgresUrl, type Dialect } from "@/lib/db/dialect";
import { postgresPoolConfig } from "@/lib/db/postgres-adapter";

// Reads the public data version (prisma/migrations/20261201110000_public_data_version): one
// indexed read per request, bumped by triggers in the same transaction as every public write,
// so any process's committed change is seen by the very next request (while `npm run import` holds
// it, at most HOLD_MS later: lib/db/public-version-hold.ts). A local file is read with libsql's synchronous API on its
// own connection (about 15 µs); a remote or PostgreSQL database asynchronously.

/** The version readers see: the held one while an import's hold lasts (lib/db/public-version-hold.ts), else the live one. */
function versionSql(dialect: Dialect): string {
  const shown = `CASE WHEN "heldUntilMs" > ${databaseClockMsSql(dialect)} THEN "heldVersion" ELSE "version" END`;
  return `SELECT "epoch", ${shown} FROM "PublicDataVersion" WHERE "id" = 1`;
}

export type VersionReader = { read: () => string | Promise<string>; close: () => void };

function tagOf(row: unknown): string {
  if (!Array.isArray(row) || row.length < 2)
    throw new Error("PublicDataVersion has no row: apply the migrations (npm run db:deploy)");
  return `${String(row[0])}.${String(row[1])}`;
}

/** A reader for DATABASE_URL; the tag it returns changes whenever public data may have changed. */
export function createVersionReader(databaseUrl: string, authToken?: string): VersionReader {
  const url = resolveDatabaseUrl(databaseUrl);
  if (isPostgresUrl(url)) {
    // One small pool of its own; PostgreSQL bumps the version in the writer's transaction too.
    const pool = new pg.Pool({ ...postgresPoolConfig(url), max: 2 });
    return {
      read: async () => {
        const result = await pool.query({ text: versionSql("postgres"), rowMode: "array" });
        return tagOf(result.rows[0]);
      },
      close: () => void pool.end(),
    };
  }
  if (isFileDatabaseUrl(url)) {
    const database = new Database(url.slice("file:".length), { fileMustExist: true });
    // In WAL mode a reader never waits for a writer; the rare lock (recovery after a crash) must not
    // hold the event loop, so this read gives up quickly and the request is rendered uncached.
    database.prepare("PRAGMA busy_timeout = 100").get();
    const statement = database.prepare(versionSql("sqlite")).raw(true);
    return { read: () => tagOf(statement.get()), close: () => database.close() };
  }
  const client = createClient({ url, ...(authToken ? { authToken } : {}) });
  return {
    read: async () => {
      const result = await client.execute(versionSql("sqlite"));
      const row = result.rows[0];
      return tagOf(row ? [row[0], row[1]] : undefined);
    },
    close: () => client.close(),
  };
}
