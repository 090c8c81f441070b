// The app under stress: the production build served by `next start`, in its own process group so
// that a kill -9 takes the whole server at once (as a power cut or the OOM killer would).
import { spawn, type ChildProcess } from "node:child_process";
import { waitUntilReady } from "../bench/http";

const NEXT_BIN = "node_modules/next/dist/bin/next";
export const STRESS_SECRET = "stress-secret-0123456789abcdefghijklmnopqr";

export type StressServer = { baseUrl: string; kill9: () => Promise<void>; stop: () => Promise<void> };

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once("exit", () => resolve()));
}

/** Starts the server on `port` against `databaseUrl` and waits until a page answers. */
export async function startStressServer(port: number, databaseUrl: string): Promise<StressServer> {
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [NEXT_BIN, "start", "--port", String(port)], {
    detached: true,
    stdio: ["ignore", "ignore", "pipe"],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: STRESS_SECRET,
      NEXTAUTH_URL: baseUrl,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
    },
  });
  let log = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4000);
  });
  const group = child.pid;
  if (group === undefined) throw new Error("could not start next");
  const signal = async (name: NodeJS.Signals) => {
    try {
      process.kill(-group, name);
    } catch {
      // Already gone.
    }
    await exited(child);
  };
  try {
    await waitUntilReady(`${baseUrl}/ru`, 90_000, () => child.exitCode === null && child.signalCode === null);
  } catch (error) {
    await signal("SIGKILL");
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${log}`);
  }
  return { baseUrl, kill9: () => signal("SIGKILL"), stop: () => signal("SIGTERM") };
}
