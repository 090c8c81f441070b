import path from "node:path";

/** The embedded default: a SQLite file beside the app, created on first start. */
export const DEFAULT_DATABASE_URL = "file:./data/uade.db";

/** True for URLs that point at a local SQLite file (as opposed to a libSQL/Turso server). */
export function isFileDatabaseUrl(url: string): boolean {
  return url.startsWith("file:");
}

/**
 * Resolves a `file:` URL to an absolute one, relative to the working directory, so the
 * Prisma CLI, the seed script and the server all open the same file whatever their cwd.
 */
export function resolveDatabaseUrl(url: string = DEFAULT_DATABASE_URL, cwd: string = process.cwd()): string {
  if (!isFileDatabaseUrl(url)) return url;
  const filePath = url.slice("file:".length);
  if (filePath === ":memory:") return url;
  return `file:${path.resolve(cwd, filePath)}`;
}

/** The directory that holds a `file:` database, or null for remote databases. */
export function databaseDirectory(url: string): string | null {
  if (!isFileDatabaseUrl(url)) return null;
  return path.dirname(resolveDatabaseUrl(url).slice("file:".length));
}
