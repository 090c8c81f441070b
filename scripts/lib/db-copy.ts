import { createHash } from "node:crypto";
import { readdirSync } from "node:fs";
import path from "node:path";
import { createClient, type Client as SqliteClient, type InValue } from "@libsql/client";
import pg from "pg";
import { isPostgresUrl } from "@/lib/db/dialect";
import { checkPostgresDatabase } from "@/lib/db/postgres-preflight";

// `npm run db:copy`: copies an SQLite install into an empty PostgreSQL database, table by table,
// in one transaction (a failure leaves the target as it was, so the command can simply be run
// again), then compares every table's row count and checksum on both sides.

/** Tables the PostgreSQL triggers fill from the others (the public data version, facet counts, search). */
const DERIVED_TABLES = new Set(["PublicDataVersion", "RecommendationFacet"]);
const SEARCH_PREFIXES = ["RecommendationSearch", "CommitmentSearch"];
/** A target holding any of these already has an install's data: the copy refuses it. */
const DATA_TABLES = ["User", "Commitment", "StatusChange", "AuditEvent", "Recommendation"];
/** Rows per INSERT statement are bounded by PostgreSQL's 65,535 parameters; stay well inside. */
const MAX_PARAMETERS = 20_000;

export type TableReport = { table: string; rows: number; checksum: string };
export type CopyReport = { copied: TableReport[]; derived: { table: string; source: number; target: number }[] };
type Column = { name: string; type: string };
type Log = (line: string) => void;

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The migrations committed for SQLite; the source must have them all (or the tables differ). */
function committedSqliteMigrations(): string[] {
  return readdirSync(path.resolve("prisma", "migrations"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

async function sqliteTables(source: SqliteClient): Promise<string[]> {
  const result = await source.execute(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name",
  );
  return result.rows
    .map((row) => String(row.name))
    .filter((name) => !SEARCH_PREFIXES.some((prefix) => name.startsWith(prefix)));
}

/** Parents before children, from SQLite's foreign keys (the schema has no cycles). */
async function parentsFirst(source: SqliteClient, tables: string[]): Promise<string[]> {
  const parents = new Map<string, Set<string>>();
  for (const table of tables) {
    const keys = await source.execute(`SELECT "table" AS parent FROM pragma_foreign_key_list(${sqlString(table)})`);
    parents.set(
      table,
      new Set(
        keys.rows.map((row) => String(row.parent)).filter((parent) => parent !== table && tables.includes(parent)),
      ),
    );
  }
  const ordered: string[] = [];
  const visit = (table: string, trail: string[]) => {
    if (ordered.includes(table)) return;
    if (trail.includes(table)) throw new Error(`Foreign keys form a cycle: ${[...trail, table].join(" → ")}`);
    for (const parent of parents.get(table) ?? []) visit(parent, [...trail, table]);
    ordered.push(table);
  };
  for (const table of tables) visit(table, []);
  return ordered;
}

const sqlString = (value: string) => `'${value.replace(/'/g, "''")}'`;

async function targetColumns(target: pg.ClientBase, table: string): Promise<Column[]> {
  const { rows } = await target.query<{ column_name: string; data_type: string }>(
    `SELECT column_name, data_type FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`,
    [table],
  );
  return rows.map((row) => ({ name: row.column_name, type: row.data_type }));
}

async function sqliteColumns(source: SqliteClient, table: string): Promise<string[]> {
  const result = await source.execute(`SELECT name FROM pragma_table_info(${sqlString(table)})`);
  return result.rows.map((row) => String(row.name));
}

/** A value read from SQLite, as PostgreSQL's column of `type` takes it. */
function toTarget(value: unknown, type: string): unknown {
  if (value === null || value === undefined) return null;
  if (type === "boolean") return value === 1 || value === 1n || value === true || value === "1" || value === "true";
  if (type.startsWith("timestamp")) {
    // Prisma's SQLite adapter writes ISO text; older rows may hold epoch milliseconds.
    const date =
      typeof value === "number" || typeof value === "bigint" ? new Date(Number(value)) : new Date(String(value));
    if (Number.isNaN(date.getTime())) throw new Error(`not a date: ${String(value)}`);
    return date.toISOString();
  }
  if (type === "bytea") return Buffer.from(value as ArrayBuffer);
  if (typeof value === "bigint") return value.toString();
  return value;
}

/** One canonical text per value, the same whichever database it was read from. */
function canonical(value: unknown, type: string): string {
  if (value === null || value === undefined) return "∅";
  if (type === "boolean") return value === true || value === 1 || value === 1n || value === "1" ? "true" : "false";
  if (type.startsWith("timestamp")) {
    const text = String(value);
    // The target's raw timestamp text has no zone (UTC by construction).
    const date =
      typeof value === "number"
        ? new Date(value)
        : new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.replace(" ", "T")}Z`);
    return date.toISOString();
  }
  if (type === "bytea") return Buffer.from(value as ArrayBuffer).toString("hex");
  if (type === "integer" || type === "bigint" || type === "smallint" || type === "double precision" || type === "real")
    return String(Number(value));
  return String(value);
}

/** SHA-256 over the table's rows in canonical form, sorted (the two databases order text differently). */
function checksum(rows: string[]): string {
  const hash = createHash("sha256");
  for (const row of rows.sort()) hash.update(row).update("\n");
  return hash.digest("hex");
}

async function sourceChecksum(source: SqliteClient, table: string, columns: Column[]): Promise<TableReport> {
  const lines: string[] = [];
  let last = 0;
  for (;;) {
    const batch = await source.execute({
      sql: `SELECT rowid AS __rowid, ${columns.map((column) => quote(column.name)).join(", ")} FROM ${quote(table)} WHERE rowid > ? ORDER BY rowid LIMIT 5000`,
      args: [last],
    });
    if (batch.rows.length === 0) break;
    for (const row of batch.rows) {
      lines.push(JSON.stringify(columns.map((column) => canonical(row[column.name], column.type))));
      last = Number(row.__rowid);
    }
  }
  return { table, rows: lines.length, checksum: checksum(lines) };
}

async function targetChecksum(target: pg.ClientBase, table: string, columns: Column[]): Promise<TableReport> {
  const lines: string[] = [];
  const cursorName = `uade_copy_${table.replace(/\W/g, "_").toLowerCase()}`;
  await target.query("BEGIN READ ONLY");
  try {
    await target.query(
      `DECLARE ${cursorName} NO SCROLL CURSOR FOR SELECT ${columns.map((column) => quote(column.name)).join(", ")} FROM ${quote(table)}`,
    );
    for (;;) {
      const { rows } = await target.query<Record<string, unknown>>(`FETCH 5000 FROM ${cursorName}`);
      if (rows.length === 0) break;
      for (const row of rows)
        lines.push(JSON.stringify(columns.map((column) => canonical(row[column.name], column.type))));
    }
  } finally {
    await target.query("COMMIT");
  }
  return { table, rows: lines.length, checksum: checksum(lines) };
}

/** A pg client that returns timestamps and 64-bit integers as the server's text (no local-zone guessing). */
function rawTextClient(url: string): pg.Client {
  const client = new pg.Client({
    connectionString: url,
    types: {
      getTypeParser: ((oid: number, format?: "text" | "binary") =>
        oid === 1114 || oid === 1184 || oid === 20
          ? (value: string) => value
          : pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
    },
  });
  return client;
}

type Plan = { tables: string[]; copied: string[]; columnsOf: Map<string, Column[]> };

/** The tables to copy (parents first, derived ones left to the target's triggers) and their shared columns. */
async function planTables(source: SqliteClient, target: pg.ClientBase): Promise<Plan> {
  const tables = await parentsFirst(source, await sqliteTables(source));
  const copied = tables.filter((table) => !DERIVED_TABLES.has(table));
  const columnsOf = new Map<string, Column[]>();
  for (const table of copied) {
    const wanted = await sqliteColumns(source, table);
    const available = await targetColumns(target, table);
    const missingColumns = wanted.filter((name) => !available.some((column) => column.name === name));
    if (available.length === 0 || missingColumns.length > 0)
      throw new Error(
        `The PostgreSQL schema differs from the SQLite one (table ${table}${missingColumns.length ? `, columns ${missingColumns.join(", ")}` : ""}): update both installs to the same version of Uade first.`,
      );
    columnsOf.set(
      table,
      available.filter((column) => wanted.includes(column.name)),
    );
  }

  return { tables, copied, columnsOf };
}

/** Compares every copied table's row count and checksum on both sides; throws at the first difference. */
async function verifyTables(source: SqliteClient, target: pg.ClientBase, { tables, copied, columnsOf }: Plan) {
  const report: CopyReport = { copied: [], derived: [] };
  for (const table of copied) {
    const columns = columnsOf.get(table) ?? [];
    const [from, to] = [await sourceChecksum(source, table, columns), await targetChecksum(target, table, columns)];
    if (from.rows !== to.rows || from.checksum !== to.checksum)
      throw new Error(
        `Verification failed for ${table}: ${from.rows} rows (${from.checksum.slice(0, 12)}) in SQLite, ${to.rows} (${to.checksum.slice(0, 12)}) in PostgreSQL. Empty the target (dropdb, createdb) and run db:copy again.`,
      );
    report.copied.push(to);
  }
  for (const table of tables.filter((name) => DERIVED_TABLES.has(name) && name !== "PublicDataVersion")) {
    const sourceRows = Number((await source.execute(`SELECT COUNT(*) AS n FROM ${quote(table)}`)).rows[0]?.n ?? 0);
    const targetRows = Number(
      (await target.query<{ n: string }>(`SELECT COUNT(*) AS n FROM ${quote(table)}`)).rows[0]?.n ?? 0,
    );
    report.derived.push({ table, source: sourceRows, target: targetRows });
  }
  return report;
}

/**
 * Checks an earlier copy again (`npm run db:copy -- --verify --to …`): the same counts and
 * checksums, after the fact, e.g. before switching an install over.
 */
export async function verifyCopy(sourceUrl: string, targetUrl: string): Promise<CopyReport> {
  const source = createClient({ url: sourceUrl });
  const target = rawTextClient(targetUrl);
  await target.connect();
  try {
    return await verifyTables(source, target, await planTables(source, target));
  } finally {
    source.close();
    await target.end();
  }
}

export type CopyOptions = {
  /** Applies the PostgreSQL migrations to the target (prisma migrate deploy). */
  migrate: (targetUrl: string) => void;
  log?: Log;
};

/**
 * Copies the SQLite database at `sourceUrl` into the PostgreSQL database at `targetUrl` and
 * verifies it. Throws a sentence saying what to do when it cannot (the target holds data, the
 * source is not fully migrated, a row PostgreSQL refuses), having changed nothing in the target.
 */
export async function copyDatabase(sourceUrl: string, targetUrl: string, options: CopyOptions): Promise<CopyReport> {
  const log = options.log ?? (() => undefined);
  if (isPostgresUrl(sourceUrl))
    throw new Error("db:copy copies an SQLite install: run it where DATABASE_URL (or --from) is the SQLite file.");
  if (!isPostgresUrl(targetUrl))
    throw new Error("--to must be a PostgreSQL URL (postgresql://user:password@host:5432/database).");
  await checkPostgresDatabase(targetUrl);

  const source = createClient({ url: sourceUrl });
  const target = rawTextClient(targetUrl);
  await target.connect();
  try {
    const applied = await source
      .execute("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL")
      .then((result) => new Set(result.rows.map((row) => String(row.migration_name))))
      .catch(() => new Set<string>());
    const missing = committedSqliteMigrations().filter((name) => !applied.has(name));
    if (missing.length > 0)
      throw new Error(
        `The SQLite database lacks ${missing.length} migration(s) (first: ${missing[0]}): start the app on it once (npm start) or run npm run db:deploy, then copy again.`,
      );

    for (const table of DATA_TABLES) {
      const exists = await target.query("SELECT to_regclass($1) AS name", [quote(table)]);
      if (!exists.rows[0]?.name) continue;
      const { rows } = await target.query<{ found: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${quote(table)}) AS found`);
      if (rows[0]?.found)
        throw new Error(
          `The PostgreSQL database already holds data (table ${table} is not empty): copy into an empty database (createdb uade_new), never over an install.`,
        );
    }
    log("Applying the PostgreSQL migrations to the target…");
    options.migrate(targetUrl);

    const { tables, copied, columnsOf } = await planTables(source, target);

    await target.query("BEGIN");
    try {
      // Rows the migrations put in (reference lists) give way to the install's own.
      for (const table of [...copied].reverse()) {
        const { rows } = await target.query<{ found: boolean }>(
          `SELECT EXISTS (SELECT 1 FROM ${quote(table)}) AS found`,
        );
        if (rows[0]?.found) await target.query(`DELETE FROM ${quote(table)}`);
      }
      for (const table of copied) {
        const columns = columnsOf.get(table) ?? [];
        const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
        let last = 0;
        let count = 0;
        for (;;) {
          const batch = await source.execute({
            sql: `SELECT rowid AS __rowid, ${columns.map((column) => quote(column.name)).join(", ")} FROM ${quote(table)} WHERE rowid > ? ORDER BY rowid LIMIT ?`,
            args: [last, perStatement] as InValue[],
          });
          if (batch.rows.length === 0) break;
          const values: unknown[] = [];
          const tuples = batch.rows.map((row) => {
            const placeholders = columns.map((column) => {
              try {
                values.push(toTarget(row[column.name], column.type));
              } catch (error) {
                throw new Error(
                  `${table} row ${String(row.id ?? row.__rowid)}, column ${column.name}: ${String(error)}`,
                );
              }
              return `$${values.length}`;
            });
            return `(${placeholders.join(", ")})`;
          });
          try {
            await target.query(
              `INSERT INTO ${quote(table)} (${columns.map((column) => quote(column.name)).join(", ")}) VALUES ${tuples.join(", ")}`,
              values,
            );
          } catch (error) {
            const first = batch.rows[0];
            throw new Error(
              `PostgreSQL refused a row of ${table} (from id ${String(first?.id ?? first?.__rowid)}): ${error instanceof Error ? error.message : String(error)}. Nothing was copied; correct the row in the SQLite database and run db:copy again.`,
            );
          }
          count += batch.rows.length;
          last = Number(batch.rows.at(-1)?.__rowid);
        }
        // Serial columns continue after the copied ids.
        const serials = await target.query<{ column_name: string }>(
          `SELECT column_name FROM information_schema.columns
           WHERE table_schema = current_schema() AND table_name = $1 AND column_default LIKE 'nextval(%'`,
          [table],
        );
        for (const { column_name: column } of serials.rows)
          await target.query(
            `SELECT setval(pg_get_serial_sequence($1, $2), GREATEST((SELECT MAX(${quote(column)}) FROM ${quote(table)}), 1))`,
            [quote(table), column],
          );
        log(`  ${table}: ${count} rows`);
      }
      await target.query("COMMIT");
    } catch (error) {
      await target.query("ROLLBACK");
      throw error;
    }

    log("Verifying: row counts and checksums of every table on both sides…");
    return await verifyTables(source, target, { tables, copied, columnsOf });
  } finally {
    source.close();
    await target.end();
  }
}
