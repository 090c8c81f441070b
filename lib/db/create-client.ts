import { PrismaClient } from "@/lib/generated/prisma/client";
import { createAdapterFactory } from "./adapter";
import { resolveDatabaseUrl } from "./database-url";

/**
 * Creates a Prisma client over the libSQL adapter. The app uses the singleton in client.ts;
 * scripts and tests call this with their own database URL.
 */
export function createPrismaClient(databaseUrl?: string, authToken?: string): PrismaClient {
  return new PrismaClient({ adapter: createAdapterFactory(resolveDatabaseUrl(databaseUrl), authToken) });
}

export type { PrismaClient };
