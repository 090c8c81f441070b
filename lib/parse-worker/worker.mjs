// The entry of a document-parsing worker thread (lib/parse-worker/pool.ts starts it). A plain .mjs
// file, so Node starts it the same way under Vitest, `npm run dev` and the production server (where
// Next's bundle is not involved: the pool names this file by its path). The jobs themselves are
// TypeScript, loaded through tsx's scoped loader (tsx is a runtime dependency: `npm start` uses it).
import { parentPort } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

// No native zlib in a worker that may be killed mid-job: Node aborts the whole process when a worker
// dies between creating a zlib handle and initialising it. PDF.js unpacks some streams through
// DecompressionStream (node:zlib underneath) when it exists, and reads them in JavaScript otherwise.
delete globalThis.DecompressionStream;

const { DOCUMENT_JOBS, isTooComplex } = await tsImport("./jobs.ts", import.meta.url);

parentPort.on("message", async ({ id, kind, bytes, options }) => {
  try {
    const job = DOCUMENT_JOBS[kind];
    if (!job) throw new Error(`unknown document job: ${kind}`);
    const value = await job(bytes, options ?? {});
    parentPort.postMessage({ id, status: "ok", value });
  } catch (error) {
    parentPort.postMessage({
      id,
      status: isTooComplex(error) ? "too-complex" : "failed",
      detail: error instanceof Error ? error.message : String(error),
    });
  }
});
parentPort.postMessage({ status: "ready" });
