// Starts and stops the plain node:http reference server (plain-server-process.ts).
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { onCleanup } from "./cleanup";
import { waitUntilReady } from "./http";
import type { RunningServer } from "./next-server";
import { stopProcess } from "./process-control";

export type CapturedPage = { path: string; contentType: string; body: Buffer };

export async function startPlainServer(port: number, pages: readonly CapturedPage[]): Promise<RunningServer> {
  const directory = mkdtempSync(path.join(tmpdir(), "uade-bench-plain-"));
  const dropFiles = onCleanup("remove the plain server's files", () =>
    rmSync(directory, { recursive: true, force: true }),
  );
  const manifest = pages.map((page, index) => {
    const file = path.join(directory, `page-${index}.bin`);
    writeFileSync(file, page.body);
    return { path: page.path, contentType: page.contentType, file };
  });
  const manifestPath = path.join(directory, "manifest.json");
  writeFileSync(manifestPath, JSON.stringify(manifest));
  const script = path.join(import.meta.dirname, "plain-server-process.ts");
  const child = spawn(process.execPath, ["--import", "tsx", script, String(port), manifestPath], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NODE_ENV: "production" },
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error("could not start the plain server");
  const stop = () => stopProcess(child);
  const dropServer = onCleanup("stop the plain server", stop);
  const firstPath = pages[0]?.path ?? "/";
  await waitUntilReady(
    `http://127.0.0.1:${port}${firstPath}`,
    20_000,
    () => child.exitCode === null && child.signalCode === null,
  );
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    pid,
    stop: async () => {
      await stop();
      dropServer();
      rmSync(directory, { recursive: true, force: true });
      dropFiles();
    },
  };
}
