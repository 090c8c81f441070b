import { availableParallelism } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { DocumentJobs } from "./jobs";

// Every document Uade parses for someone else (a captured page or PDF, an uploaded workbook) is read
// here, in a worker thread, never on the event loop: a hostile file then costs a worker, not every
// request. Each job runs under a heap cap (the worker's resourceLimits) and a deadline; a job over
// either is killed (worker.terminate) and answers `too-complex`, as does a job that counted too
// many unpacked bytes or too deep a nesting while reading (TooComplexError in the job).
//
// Adding a kind of document (e.g. the DOCX table reader, a pure function of bytes): one line in
// DOCUMENT_JOBS (lib/parse-worker/jobs.ts), `"docx-table": (bytes) => readDocxTable(bytes)`, then
// `await runDocumentJob("docx-table", bytes)` where the upload is read. The worker loads the
// TypeScript of jobs.ts with tsx's loader (worker.mjs), outside Next's bundle, in every mode.

export type DocumentJobKind = keyof DocumentJobs;
type JobOptions<K extends DocumentJobKind> = Parameters<DocumentJobs[K]>[1];
type JobValue<K extends DocumentJobKind> = Awaited<ReturnType<DocumentJobs[K]>>;

export type DocumentJobResult<T> =
  { status: "ok"; value: T } | { status: "too-complex"; detail: string } | { status: "failed"; detail: string };

export type DocumentJobLimits = {
  /** The worker's V8 heap, at most (MB). Buffers outside the heap are bounded by the jobs' own counts. */
  heapMb: number;
  /** Wall-clock time the job may take, queueing excluded (ms). */
  deadlineMs: number;
};

/** Enough for a 25 MB workbook's shared strings or a 300-page PDF; far below the server's own heap. */
export const DEFAULT_JOB_LIMITS: DocumentJobLimits = { heapMb: 256, deadlineMs: 20_000 };

/** Workers at most at once: at most half the cores, so parsing never takes the whole machine. */
const MAX_WORKERS = Math.max(1, Math.floor(availableParallelism() / 2));
/** An idle worker is ended after this long (its heap is returned). */
const IDLE_MS = 30_000;

type Slot = { worker: Worker; heapMb: number; ready: Promise<void>; idleTimer?: NodeJS.Timeout };
type Pending = { start: (slot: Slot | null) => void; heapMb: number };

const idle: Slot[] = [];
const waiting: Pending[] = [];
let running = 0;

/**
 * The worker's start-up code: an import of worker.mjs by its path from the project root, given as
 * source text (`eval`), so Next's bundler neither bundles the worker nor pulls tsx into the server
 * bundle; Node loads it as it is in production, development and tests alike.
 */
function workerSource(): string {
  const file = pathToFileURL(path.join(process.cwd(), "lib", "parse-worker", "worker.mjs")).href;
  return `import(${JSON.stringify(file)});`;
}

function spawn(heapMb: number): Slot {
  const worker = new Worker(workerSource(), {
    eval: true,
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
    stdout: false,
    stderr: false,
  });
  const ready = new Promise<void>((resolve, reject) => {
    const onMessage = (message: { status?: string }) => {
      if (message.status !== "ready") return;
      worker.off("message", onMessage);
      worker.off("error", reject);
      resolve();
    };
    worker.on("message", onMessage);
    worker.once("error", reject);
  });
  ready.catch(() => {});
  return { worker, heapMb, ready };
}

function release(slot: Slot | null): void {
  running -= 1;
  if (slot) {
    slot.worker.unref();
    slot.idleTimer = setTimeout(() => {
      const index = idle.indexOf(slot);
      if (index >= 0) idle.splice(index, 1);
      void slot.worker.terminate();
    }, IDLE_MS);
    slot.idleTimer.unref();
    idle.push(slot);
  }
  const next = waiting.shift();
  if (next) {
    running += 1;
    next.start(takeIdle(next.heapMb));
  }
}

function takeIdle(heapMb: number): Slot | null {
  const index = idle.findIndex((slot) => slot.heapMb === heapMb);
  if (index < 0) return null;
  const [slot] = idle.splice(index, 1);
  clearTimeout(slot!.idleTimer);
  slot!.worker.ref();
  return slot!;
}

let nextId = 1;

async function runOn<K extends DocumentJobKind>(
  slot: Slot,
  kind: K,
  bytes: Uint8Array,
  options: JobOptions<K> | undefined,
  deadlineMs: number,
): Promise<{ result: DocumentJobResult<JobValue<K>>; isReusable: boolean }> {
  const id = nextId++;
  // A copy of its own, handed over without another copy: the caller's buffer stays usable.
  const copy = new Uint8Array(bytes);
  return new Promise((resolve) => {
    let isSettled = false;
    let timer: NodeJS.Timeout | undefined;
    const finish = (result: DocumentJobResult<JobValue<K>>, isReusable: boolean) => {
      if (isSettled) return;
      isSettled = true;
      clearTimeout(timer);
      clearTimeout(startTimer);
      slot.worker.off("message", onMessage);
      slot.worker.off("error", onError);
      slot.worker.off("exit", onExit);
      if (!isReusable) void slot.worker.terminate();
      resolve({ result, isReusable });
    };
    const onMessage = (message: { id?: number; status: string; value?: unknown; detail?: string }) => {
      if (message.id !== id) return;
      if (message.status === "ok") finish({ status: "ok", value: message.value as JobValue<K> }, true);
      else if (message.status === "too-complex") finish({ status: "too-complex", detail: message.detail ?? "" }, true);
      else finish({ status: "failed", detail: message.detail ?? "" }, true);
    };
    // Over the heap cap the worker dies with ERR_WORKER_OUT_OF_MEMORY: the document was too complex.
    const onError = (error: Error & { code?: string }) =>
      finish(
        error.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? { status: "too-complex", detail: `more than ${slot.heapMb} MB of memory` }
          : { status: "failed", detail: error.message },
        false,
      );
    const onExit = () => finish({ status: "failed", detail: "the worker stopped" }, false);
    // A worker that never comes up (it loads its TypeScript in well under a second) is given up.
    const startTimer = setTimeout(
      () => finish({ status: "failed", detail: "the worker did not start" }, false),
      60_000,
    );
    slot.worker.on("message", onMessage);
    slot.worker.on("error", onError);
    slot.worker.on("exit", onExit);
    slot.ready.then(
      () => {
        clearTimeout(startTimer);
        if (isSettled) return;
        // The deadline counts from the hand-over: the job's own time, not the worker's start.
        timer = setTimeout(
          () => finish({ status: "too-complex", detail: `more than ${deadlineMs} ms` }, false),
          deadlineMs,
        );
        slot.worker.postMessage({ id, kind, bytes: copy, options }, [copy.buffer]);
      },
      (error: Error) => finish({ status: "failed", detail: `the worker did not start: ${error.message}` }, false),
    );
  });
}

/**
 * Runs a document job (see DOCUMENT_JOBS) on `bytes` in a worker thread under a heap cap and a
 * deadline, waiting for a free worker first. Never throws: a job over a limit is killed and
 * answers `too-complex`; a job that threw answers `failed` with the error's message.
 */
export async function runDocumentJob<K extends DocumentJobKind>(
  kind: K,
  bytes: Uint8Array,
  options?: JobOptions<K>,
  limits: Partial<DocumentJobLimits> = {},
): Promise<DocumentJobResult<JobValue<K>>> {
  const { heapMb, deadlineMs } = { ...DEFAULT_JOB_LIMITS, ...limits };
  const reused = await new Promise<Slot | null>((start) => {
    if (running < MAX_WORKERS) {
      running += 1;
      start(takeIdle(heapMb));
    } else waiting.push({ start, heapMb });
  });
  const slot = reused ?? spawn(heapMb);
  let isReusable = false;
  try {
    const outcome = await runOn(slot, kind, bytes, options, deadlineMs);
    isReusable = outcome.isReusable;
    return outcome.result;
  } finally {
    release(isReusable ? slot : null);
  }
}
