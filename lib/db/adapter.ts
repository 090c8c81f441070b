import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import type { Client, Config, InStatement, TransactionMode } from "@libsql/client";
import { isFileDatabaseUrl } from "./database-url";

/**
 * Pragmas applied to every new connection to a local SQLite file, busy_timeout first.
 * - busy_timeout=5000: a statement meeting a lock (another writer, the CLI, a backup, the recovery
 *   of the write-ahead log after a kill -9) waits up to 5 s instead of failing. First, so the other
 *   pragmas on a fresh connection (the libsql client opens one after every transaction) wait too.
 *   A lock still held after 5 s surfaces as Prisma's P1008, answered 503 (lib/http/database-busy.ts).
 * - journal_mode=WAL: readers never block the writer, and a crash mid-write cannot corrupt the file.
 * - foreign_keys=ON: relations are enforced by the database itself, not only by the app.
 * synchronous stays at SQLite's default (FULL) so a committed status change survives a power cut.
 */
export const SQLITE_CONNECTION_PRAGMAS = [
  "PRAGMA busy_timeout = 5000",
  "PRAGMA journal_mode = WAL",
  "PRAGMA foreign_keys = ON",
] as const;

/**
 * Reads a member of the real client; methods stay bound to it (they use private fields).
 * `close` is made idempotent: the libsql client frees its native handle on every call, and a
 * second free (Prisma's CLI disposes adapters more than once) crashes with "null pointer".
 */
function forward(target: Client, property: string | symbol): unknown {
  if (property === "close") {
    return () => {
      if (!target.closed) target.close();
    };
  }
  const value = Reflect.get(target, property, target) as unknown;
  return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
}

/**
 * The libsql client opens a fresh native connection after each interactive transaction
 * (it hands the old one to the transaction). Per-connection pragmas would be lost, so this
 * wrapper re-applies them before the first statement on every new connection.
 */
function withConnectionPragmas(client: Client): Client {
  let isFreshConnection = true;
  const prepare = async () => {
    if (!isFreshConnection) return;
    isFreshConnection = false;
    for (const pragma of SQLITE_CONNECTION_PRAGMAS) await client.execute(pragma);
  };
  return new Proxy(client, {
    get(target, property) {
      if (property === "execute" || property === "batch" || property === "executeMultiple") {
        return async (...args: unknown[]) => {
          await prepare();
          return (target[property] as (...a: unknown[]) => unknown)(...args);
        };
      }
      if (property === "transaction") {
        return async (mode?: TransactionMode) => {
          await prepare();
          const transaction = await target.transaction(mode);
          isFreshConnection = true;
          return transaction;
        };
      }
      return forward(target, property);
    },
  });
}

/**
 * Prisma's JavaScript schema engine replays each migration on the shadow database as a single
 * `execute` call, but libsql's `execute` runs only the first statement of a script. For the
 * shadow database only, argument-less calls run as whole scripts.
 */
function withWholeScripts(client: Client): Client {
  return new Proxy(client, {
    get(target, property) {
      if (property !== "execute") return forward(target, property);
      return async (statement: InStatement) => {
        const sql = typeof statement === "string" ? statement : statement.sql;
        const hasArgs =
          typeof statement !== "string" && statement.args !== undefined && Object.keys(statement.args).length > 0;
        if (hasArgs || !isMultiStatementScript(sql)) return target.execute(statement);
        await target.executeMultiple(sql);
        return {
          columns: [],
          columnTypes: [],
          rows: [],
          rowsAffected: 0,
          lastInsertRowid: undefined,
          toJSON: () => ({}),
        };
      };
    },
  });
}

function isMultiStatementScript(sql: string): boolean {
  const withoutComments = sql
    .replace(/--[^\n]*/g, "")
    .trim()
    .replace(/;+$/, "");
  return withoutComments.includes(";");
}

function temporaryShadowDatabaseUrl(): string {
  const directory = mkdtempSync(path.join(tmpdir(), "uade-shadow-"));
  return `file:${path.join(directory, "shadow.db")}`;
}

/** Prisma's libSQL adapter, with safe SQLite pragmas on every local connection. */
export class SafeLibSQLAdapterFactory extends PrismaLibSQL {
  override createClient(config: Config): Client {
    // Prisma asks for a ":memory:" shadow database when diffing migrations, but the libsql
    // client opens a new connection after each transaction, and a new in-memory connection is
    // an empty database. A throwaway file keeps the shadow database whole.
    if (config.url === ":memory:") {
      return withWholeScripts(
        withConnectionPragmas(super.createClient({ ...config, url: temporaryShadowDatabaseUrl() })),
      );
    }
    const client = super.createClient(config);
    return isFileDatabaseUrl(config.url) ? withConnectionPragmas(client) : client;
  }
}

/** Builds the adapter factory for a database URL (local `file:` or remote `libsql://`). */
export function createAdapterFactory(url: string, authToken?: string): SafeLibSQLAdapterFactory {
  return new SafeLibSQLAdapterFactory({ url, ...(authToken ? { authToken } : {}) });
}
