// The temporary database: a fresh folder, the real migrations, then the generated data set.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { onCleanup } from "./cleanup";

export type TemporaryDatabase = { directory: string; url: string };

/** Creates an empty SQLite database in a temp folder and applies prisma/migrations to it. */
export function createTemporaryDatabase(keep: boolean): TemporaryDatabase {
  const directory = mkdtempSync(path.join(tmpdir(), "uade-bench-"));
  if (keep) console.log(`  (keeping the database folder ${directory})`);
  else onCleanup("remove the temporary database", () => rmSync(directory, { recursive: true, force: true }));
  const url = `file:${path.join(directory, "bench.db")}`;
  const prisma = path.resolve("node_modules", "prisma", "build", "index.js");
  const result = spawnSync(process.execPath, [prisma, "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`prisma migrate deploy failed:\n${result.stdout}\n${result.stderr}`);
  return { directory, url };
}
