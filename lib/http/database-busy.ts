/** Seconds a client is asked to wait before retrying a write the database was too busy for. */
export const BUSY_RETRY_AFTER_SECONDS = 2;

/**
 * Whether an error means the database was busy (SQLite's lock still held after busy_timeout, as
 * while it recovers its write-ahead log after a crash): Prisma reports it as P1008, "Operations
 * timed out". Nothing was written; the same request can simply be sent again.
 */
export function isDatabaseBusyError(error: unknown): boolean {
  if (!error || typeof error !== "object") return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return code === "P1008" || (typeof message === "string" && /SQLITE_BUSY|database is locked/i.test(message));
}
