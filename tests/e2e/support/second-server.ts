import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { E2E_DATABASE_URL } from "./e2e-env";

/** A free loopback port, chosen by the system. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export type SecondServer = { baseUrl: string; pid: number; stop: () => Promise<void> };

/**
 * A second app process (scripts/server.ts, the server `npm start` runs) on the end-to-end database
 * file: another instance with its own response cache, as on a machine running two; `overrides`
 * give it other settings.
 */
export async function startSecondServer(overrides: Record<string, string | undefined> = {}): Promise<SecondServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: E2E_DATABASE_URL,
    PORT: String(port),
    HOST: "127.0.0.1",
    NEXTAUTH_URL: baseUrl,
    NEXTAUTH_SECRET: "e2e-only-secret-that-is-long-enough-0123456789",
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  // Overrides set settings (another NEXTAUTH_URL, an organisation); `undefined` removes one (SMTP_URL).
  for (const [name, value] of Object.entries(overrides)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/server.ts"], {
    stdio: ["ignore", "pipe", "pipe"],
    env,
  });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the second server did not start:\n${output}`)), 60_000);
    const watch = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Ready on port")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on("data", watch);
    child.stderr.on("data", watch);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the second server exited (${code}):\n${output}`));
    });
  });
  return {
    baseUrl,
    pid: child.pid ?? 0,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
