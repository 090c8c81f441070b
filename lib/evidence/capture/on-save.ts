/**
 * The save paths (form, API, import) call requestCaptures after their transaction commits. In the
 * server started by `npm start` the schedule (schedule.ts) has registered a worker that captures
 * at once in the background; anywhere else (tests, scripts) nothing runs now and the pending
 * capture waits for the next worker run. Either way the save never waits for a fetch.
 * The worker lives on globalThis because Next bundles instrumentation and routes separately.
 */
type CaptureWorker = { request: () => void };

const WORKER = Symbol.for("uade.evidence-capture-worker");
type WorkerHolder = { [WORKER]?: CaptureWorker };

export function registerCaptureWorker(worker: CaptureWorker | undefined): void {
  (globalThis as WorkerHolder)[WORKER] = worker;
}

/** Asks the worker, if this process has one, to take the captures that are due now. */
export function requestCaptures(): void {
  try {
    (globalThis as WorkerHolder)[WORKER]?.request();
  } catch (error) {
    console.error("Could not queue evidence captures (they stay pending):", error);
  }
}
