import { spawnSync } from "node:child_process";
import path from "node:path";

/** Applies the committed migrations to a database with the real Prisma CLI (`migrate deploy`). */
export function migrateDatabase(databaseUrl: string): void {
  const prisma = path.resolve("node_modules", "prisma", "build", "index.js");
  const result = spawnSync(process.execPath, [prisma, "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`prisma migrate deploy failed:\n${result.stdout}\n${result.stderr}`);
}
