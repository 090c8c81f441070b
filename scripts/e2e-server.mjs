// Starts the app for Playwright on a fresh throwaway database: wipes .tmp/e2e, then runs the
// same path as `npm start` (migrate, seed, build if stale, serve).
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";

rmSync(path.resolve(".tmp", "e2e"), { recursive: true, force: true });
const server = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], { stdio: "inherit", env: process.env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
