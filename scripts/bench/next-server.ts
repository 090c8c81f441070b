// The app under test: the production build served by scripts/server.ts (what `npm start` runs:
// node:http with the response cache in front of Next's request handler), on loopback.
import { spawn, spawnSync } from "node:child_process";
import { isBuildCurrent } from "../lib/build-state";
import { onCleanup } from "./cleanup";
import { waitUntilReady } from "./http";
import { stopProcess } from "./process-control";

/** Builds the app (scripts/build.ts, which stamps it) unless the build in .next is current. */
export function ensureProductionBuild(): { isRebuilt: boolean; ms: number } {
  if (isBuildCurrent()) return { isRebuilt: false, ms: 0 };
  console.log("  the build is missing or stale: building (about a minute)…");
  const start = performance.now();
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/build.ts"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
  if (result.status !== 0) throw new Error(`the production build failed (exit ${result.status ?? "signal"})`);
  return { isRebuilt: true, ms: performance.now() - start };
}

export type RunningServer = { baseUrl: string; pid: number; stop: () => Promise<void>; output?: () => string };

/** Starts the server against `databaseUrl` and waits until `/ru` (a page; `/` redirects to a language) answers 200. */
export async function startNextServer(
  port: number,
  databaseUrl: string,
  extraEnv: Record<string, string> = {},
): Promise<RunningServer> {
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/server.ts"], {
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: "bench-secret-0123456789abcdefghijklmnopqr",
      NEXTAUTH_URL: baseUrl,
      TRUST_PROXY: "false",
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      HOST: "127.0.0.1",
      ...extraEnv,
    },
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error("could not start next");
  let log = "";
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString("utf8")).slice(-16_000);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const stop = () => stopProcess(child);
  const dropCleanup = onCleanup("stop the Next.js server", stop);
  try {
    await waitUntilReady(`${baseUrl}/ru`, 60_000, () => child.exitCode === null && child.signalCode === null);
  } catch (error) {
    await stop();
    dropCleanup();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n--- next output ---\n${log}`);
  }
  return {
    baseUrl,
    pid,
    stop: async () => {
      await stop();
      dropCleanup();
    },
    output: () => log,
  };
}
