import { PrismaPg } from "@prisma/adapter-pg";
import { randomUUID } from "node:crypto";
import pg from "pg";

/** Catalog types adapter-pg does not map (`"char"`, `name`, `name[]`), read as `text` and `text[]`. */
const CATALOG_TYPES_AS_TEXT = new Map([
  [18, 25],
  [19, 25],
  [1003, 1009],
]);

/**
 * pg's pool settings for a postgresql:// URL, as separate fields: Prisma's shadow database (migrate
 * diff, migrate dev) is the same settings with another `database`, which pg would ignore beside a
 * connectionString (the string wins).
 */
export function postgresPoolConfig(url: string): pg.PoolConfig {
  const parsed = new URL(url);
  const sslmode = parsed.searchParams.get("sslmode");
  return {
    host: decodeURIComponent(parsed.hostname) || parsed.searchParams.get("host") || "localhost",
    port: parsed.port ? Number(parsed.port) : 5432,
    user: decodeURIComponent(parsed.username) || undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    database: decodeURIComponent(parsed.pathname.slice(1)) || undefined,
    ...(sslmode && sslmode !== "disable" ? { ssl: { rejectUnauthorized: sslmode.startsWith("verify") } } : {}),
    // A server that does not answer fails start-up in seconds instead of hanging.
    connectionTimeoutMillis: 10_000,
  };
}

type PostgresAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;

/** The advisory lock every transaction takes first (any constant; "uade" in ASCII). */
export const WRITER_LOCK_KEY = 0x75616465;

/**
 * SQLite runs one write transaction at a time, and the app relies on it: a transaction that counts
 * and then writes (the sign-in limit, "is this name taken", the outbox lease) sees no other writer
 * in between. PostgreSQL runs them side by side (read committed), so every transaction here takes
 * one transaction-level advisory lock before its first statement: transactions run one after
 * another, across every app instance, exactly as on SQLite; plain reads and single statements are
 * not held up. The lock is taken inside the transaction's own time (Prisma's `timeout`, after which
 * Prisma rolls back and the lock is freed), never while Prisma waits to start it (`maxWait`, after
 * which nobody would end the transaction).
 */
class OneWriterAtATime extends PrismaPg {
  override async connect(): Promise<PostgresAdapter> {
    const adapter = await super.connect();
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => {
      const transaction = await startTransaction(isolationLevel);
      const queryRaw = transaction.queryRaw.bind(transaction);
      const executeRaw = transaction.executeRaw.bind(transaction);
      const commit = transaction.commit.bind(transaction);
      const rollback = transaction.rollback.bind(transaction);
      let locked: Promise<unknown> | null = null;
      let isEnded = false;
      const lock = () =>
        (locked ??= executeRaw({
          sql: `SELECT pg_advisory_xact_lock(${WRITER_LOCK_KEY})`,
          args: [],
          argTypes: [],
        })).then(() => {
          // Rolled back while waiting for the lock: nothing more may run on this connection.
          if (isEnded) throw new Error("The transaction ended while it waited for its turn to write");
        });
      // Prisma ends the transaction with COMMIT or ROLLBACK statements: those never wait for the lock.
      const isEnd = (sql: string) => /^\s*(?:COMMIT|ROLLBACK)\b/i.test(sql);
      transaction.queryRaw = async (query) => (isEnd(query.sql) || (await lock()), queryRaw(query));
      transaction.executeRaw = async (query) => (isEnd(query.sql) || (await lock()), executeRaw(query));
      transaction.commit = async () => ((isEnded = true), commit());
      transaction.rollback = async () => ((isEnded = true), rollback());
      return transaction;
    };
    return adapter;
  }
}

/** Prisma's PostgreSQL driver adapter for a postgresql:// URL (the app's queries). */
export function createPostgresAdapterFactory(url: string): PrismaPg {
  return new OneWriterAtATime(postgresPoolConfig(url));
}

/**
 * Prisma 6.19's schema engine reads the system catalogs through the adapter, whose type mapping
 * rejects catalog types ("Column type 'name' could not be deserialized", prisma/orm#27403); this
 * client reports them as the text they are. Used by prisma.config.ts only (migrations).
 */
class CatalogReadingClient extends pg.Client {}

const passQuery = pg.Client.prototype.query as (this: pg.Client, ...args: unknown[]) => unknown;
// pg's query has a dozen overloads (the pool calls it with a callback); every call is passed on.
CatalogReadingClient.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const last = args.at(-1);
  if (typeof last === "function") {
    const callback = last as (error: Error | null, result?: pg.QueryResult) => void;
    args[args.length - 1] = (error: Error | null, result?: pg.QueryResult) =>
      callback(error, result && textNames(result));
  }
  const result = passQuery.apply(this, args);
  return result instanceof Promise ? result.then(textNames) : result;
} as pg.Client["query"];

function textNames(result: pg.QueryResult): pg.QueryResult {
  for (const field of result?.fields ?? [])
    field.dataTypeID = CATALOG_TYPES_AS_TEXT.get(field.dataTypeID) ?? field.dataTypeID;
  return result;
}

/**
 * adapter-pg runs a migration by splitting it at every ";", which cuts PL/pgSQL function bodies
 * apart. PostgreSQL runs a whole script sent as one simple query (as one transaction), so it is sent whole.
 */
function withWholeScripts(adapter: PostgresAdapter): PostgresAdapter {
  const pool = adapter.underlyingDriver();
  adapter.executeScript = async (script: string) => {
    try {
      await pool.query(script);
    } catch (error) {
      // The adapter's own conversion to Prisma's error kinds (protected in its type).
      (adapter as unknown as { onError: (error: unknown) => never }).onError(error);
    }
  };
  return adapter;
}

class MigrationAdapterFactory extends PrismaPg {
  constructor(private readonly poolConfig: pg.PoolConfig) {
    super(poolConfig);
  }

  override async connect(): Promise<PostgresAdapter> {
    return withWholeScripts(await super.connect());
  }

  /** adapter-pg drops its shadow database before closing its pool (an error); this closes first. */
  override async connectToShadowDb(): Promise<PostgresAdapter> {
    const main = await this.connect();
    const database = `prisma_migrate_shadow_db_${randomUUID()}`;
    await main.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = await new MigrationAdapterFactory({ ...this.poolConfig, database }).connect();
    const disposeShadow = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await disposeShadow();
      await main.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
      await main.dispose();
    };
    return shadow;
  }
}

/** The adapter the Prisma CLI migrates with (prisma.config.ts), shadow databases included. */
export function createPostgresMigrationAdapterFactory(url: string): PrismaPg {
  return new MigrationAdapterFactory({ ...postgresPoolConfig(url), Client: CatalogReadingClient });
}
