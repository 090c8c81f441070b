// Starts and keeps the render process (scripts/render-server.ts) for the front server. If it ends
// unexpectedly (a crash, the kernel's out-of-memory killer), it is started again while the front
// keeps answering cached pages; one that keeps failing within seconds of starting stops everything.
import { fork, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const QUICK_FAILURE_MS = 30_000;
const MAX_QUICK_FAILURES = 3;
const RESTART_DELAY_MS = 1_000;
const STOP_GRACE_MS = 8_000;

/**
 * V8 lets its heap grow to several times what is alive before a full collection. Streaming a
 * 150,000-row export makes hundreds of megabytes of short-lived rows, so the render process grew by
 * ~530 MB for a 49 MB CSV; capping the growth factor at 1.6 kept it to ~230 MB at the same speed
 * (README, "Recommendations at 300,000"). Used only if this Node accepts the flag.
 */
const HEAP_FLAGS = ["--heap-growing-percent=60"];

function acceptedHeapFlags(): string[] {
  const probe = spawnSync(process.execPath, [...HEAP_FLAGS, "-e", "0"], { stdio: "ignore" });
  return probe.status === 0 ? HEAP_FLAGS : [];
}

const DIRECTORY_PREFIX = "uade-render-";
/** A render directory this old whose socket answers nobody is left over from a server killed outright. */
const STALE_AFTER_MS = 10 * 60_000;

/** Whether a server listens on the Unix socket `socketPath`. */
function isListening(socketPath: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(socketPath);
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/**
 * Removes the socket directories of render processes that were killed together with their front
 * (SIGKILL to the whole group leaves no one to clean up). A directory is kept while its socket
 * answers (another instance) or while it is recent (an instance still starting). Returns the names removed.
 */
export async function removeStaleRenderDirectories(parent = os.tmpdir(), now = Date.now()): Promise<string[]> {
  const removed: string[] = [];
  for (const name of readdirSync(parent)) {
    if (!name.startsWith(DIRECTORY_PREFIX)) continue;
    const directory = path.join(parent, name);
    try {
      const info = statSync(directory);
      if (!info.isDirectory() || info.uid !== process.getuid?.() || now - info.mtimeMs < STALE_AFTER_MS) continue;
      if (await isListening(path.join(directory, "render.sock"))) continue;
      rmSync(directory, { recursive: true, force: true });
      removed.push(name);
    } catch {
      // Gone meanwhile, or not ours to read: leave it.
    }
  }
  return removed;
}

export type RenderProcess = {
  socketPath: string;
  /** Resolves once the first render process listens; rejects if it ends before that. */
  ready: Promise<void>;
  stop: () => Promise<void>;
};

/** Forks the render process on a socket in a fresh private directory (only this user can connect). */
export function startRenderProcess(onFatal: (message: string) => void): RenderProcess {
  const directory = mkdtempSync(path.join(os.tmpdir(), DIRECTORY_PREFIX));
  const socketPath = path.join(directory, "render.sock");
  let child: ChildProcess | null = null;
  let isStopping = false;
  let quickFailures = 0;
  let resolveReady: () => void = () => {};
  let rejectReady: (error: Error) => void = () => {};
  const ready = new Promise<void>((resolve, reject) => {
    resolveReady = resolve;
    rejectReady = reject;
  });
  let isReady = false;
  const heapFlags = acceptedHeapFlags();

  const launch = () => {
    const startedAt = Date.now();
    rmSync(socketPath, { force: true });
    const current = fork(path.join("scripts", "render-server.ts"), [], {
      execArgv: [...heapFlags, "--import", "tsx"],
      env: { ...process.env, UADE_RENDER_SOCKET: socketPath },
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    child = current;
    current.on("message", (message: { type?: string }) => {
      if (message?.type !== "ready") return;
      if (!isReady) {
        isReady = true;
        resolveReady();
      } else console.log("✓ The render process is back.");
    });
    current.once("exit", (code, signal) => {
      if (child === current) child = null;
      if (isStopping) return;
      const how = signal ? `signal ${signal}` : `code ${code}`;
      if (!isReady) {
        rejectReady(new Error(`The render process stopped while starting (${how}); its messages are above.`));
        return;
      }
      quickFailures = Date.now() - startedAt < QUICK_FAILURE_MS ? quickFailures + 1 : 0;
      if (quickFailures >= MAX_QUICK_FAILURES) {
        onFatal(`The render process failed ${quickFailures} times within seconds of starting (last: ${how}).`);
        return;
      }
      console.error(`The render process ended (${how}); starting it again. Cached pages are still served.`);
      setTimeout(() => {
        if (!isStopping) launch();
      }, RESTART_DELAY_MS);
    });
  };
  launch();

  const stop = async () => {
    isStopping = true;
    const current = child;
    if (current && current.exitCode === null && current.signalCode === null) {
      const exited = new Promise<void>((resolve) => current.once("exit", () => resolve()));
      current.kill("SIGTERM");
      const timer = setTimeout(() => current.kill("SIGKILL"), STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
    }
    rmSync(directory, { recursive: true, force: true });
  };
  return { socketPath, ready, stop };
}
