/** Which database engine a DATABASE_URL names: PostgreSQL for postgres(ql)://, SQLite/libSQL for the rest. */
export type Dialect = "sqlite" | "postgres";

/** True for `postgresql://` and `postgres://` URLs (PostgreSQL); every other URL keeps SQLite. */
export function isPostgresUrl(url: string | undefined): boolean {
  return url !== undefined && /^postgres(?:ql)?:\/\//i.test(url.trim());
}

/** The dialect of a database URL (default: the process's DATABASE_URL). */
export function dialectOf(url: string | undefined = process.env.DATABASE_URL): Dialect {
  return isPostgresUrl(url) ? "postgres" : "sqlite";
}

/**
 * SQL for the database's own clock in whole milliseconds since 1970, so processes on different
 * hosts compare instants they wrote against one clock.
 */
export function databaseClockMsSql(dialect: Dialect = dialectOf()): string {
  return dialect === "postgres"
    ? "CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT)"
    : "CAST(unixepoch('subsec') * 1000 AS INTEGER)";
}
