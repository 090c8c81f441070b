/**
 * The background worker (worker.ts, started from instrumentation.ts) registers itself here; the
 * enqueue inside a save's transaction asks it to run soon. The run happens on a timer, after the
 * transaction has committed; an event of a rolled-back save is simply not there to be found.
 * Anywhere without a worker (tests, scripts) nothing runs now and the next worker run takes it.
 * The worker lives on globalThis because Next bundles instrumentation and routes separately.
 */
type NotifyWorker = { request: () => void };

const WORKER = Symbol.for("uade.notify-worker");
type WorkerHolder = { [WORKER]?: NotifyWorker };

export function registerNotifyWorker(worker: NotifyWorker | undefined): void {
  (globalThis as WorkerHolder)[WORKER] = worker;
}

/** Asks this process's worker, if it has one, to run shortly (never throws, never waits). */
export function requestNotifyRun(): void {
  try {
    (globalThis as WorkerHolder)[WORKER]?.request();
  } catch (error) {
    console.error("Could not wake the notification worker (the next run takes the work):", error);
  }
}
