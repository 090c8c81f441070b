// Starts the app for Playwright on a fresh throwaway database: wipes .tmp/e2e (and, for a
// PostgreSQL DATABASE_URL, drops and creates that database), then runs the same path as
// `npm start` (migrate, seed, build if stale, serve).
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";

rmSync(path.resolve(".tmp", "e2e"), { recursive: true, force: true });
const databaseUrl = process.env.DATABASE_URL ?? "";
if (/^postgres(?:ql)?:\/\//i.test(databaseUrl)) {
  const { default: pg } = await import("pg");
  const target = new URL(databaseUrl);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Refusing to recreate database "${name}": use a plain name.`);
  const maintenance = new URL(databaseUrl);
  maintenance.pathname = "/postgres";
  const client = new pg.Client({ connectionString: maintenance.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
}
const server = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], { stdio: "inherit", env: process.env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
