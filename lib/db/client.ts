import "server-only";
import { parseEnv } from "@/lib/env";
import { createPrismaClient, type PrismaClient } from "./create-client";

// One client per server process; in development, hot reloads would otherwise open a new one each time.
const globalForPrisma = globalThis as unknown as { uadePrisma?: PrismaClient };

function createAppClient(): PrismaClient {
  const env = parseEnv();
  return createPrismaClient(env.DATABASE_URL, env.DATABASE_AUTH_TOKEN);
}

export const db: PrismaClient = globalForPrisma.uadePrisma ?? createAppClient();

if (process.env.NODE_ENV !== "production") globalForPrisma.uadePrisma = db;
