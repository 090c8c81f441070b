import "server-only";
import path from "node:path";
import { databaseDirectory } from "@/lib/db/database-url";
import type { Env } from "@/lib/env";
import { ensureAuthSecret } from "@/scripts/lib/auth-secret";

let cached: string | null = null;

/**
 * The secret that signs session cookies: NEXTAUTH_SECRET (which `npm start` always sets), else
 * the one `npm start` keeps in the data directory, created if missing, so `npm run dev` signs in
 * with the same secret instead of refusing every session.
 */
export function resolveAuthSecret(env: Env): string {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  cached ??= ensureAuthSecret(undefined, databaseDirectory(env.DATABASE_URL) ?? path.resolve("data"));
  return cached;
}
