import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-pg/client";
import { createAdapterFactory } from "./adapter";
import { resolveDatabaseUrl } from "./database-url";
import { isPostgresUrl } from "./dialect";
import { createPostgresAdapterFactory } from "./postgres-adapter";

/**
 * Creates a Prisma client for a database URL: PostgreSQL (adapter-pg, the client generated from
 * prisma/postgres/schema.prisma) for postgresql:// URLs, SQLite or libSQL (the libSQL adapter)
 * otherwise. The app uses the singleton in client.ts; scripts and tests call this with their own URL.
 */
export function createPrismaClient(databaseUrl?: string, authToken?: string): PrismaClient {
  if (isPostgresUrl(databaseUrl)) {
    // Both clients are generated from the same model (the PostgreSQL schema is rendered from the
    // SQLite one), so they have the same API; the app is typed against one of them.
    const client = new PostgresPrismaClient({ adapter: createPostgresAdapterFactory(databaseUrl as string) });
    return client as unknown as PrismaClient;
  }
  return new PrismaClient({ adapter: createAdapterFactory(resolveDatabaseUrl(databaseUrl), authToken) });
}

export type { PrismaClient };
