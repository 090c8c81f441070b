import { PassThrough, Readable, type Writable } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";

// The plumbing a streamed export shares (issue 24): waiting for the reader, stopping when it goes
// away, and a failure that fails the download instead of ending a half file as if it were whole.

/** The reader went away (or the download failed): the export stops reading and writing. */
export class ExportStoppedError extends Error {
  constructor() {
    super("The export's reader went away before the end.");
    this.name = "ExportStoppedError";
  }
}

/** Throws ExportStoppedError once `output` is destroyed or ended: nobody reads what would be written. */
export function assertOutputOpen(output: Writable): void {
  if (output.destroyed || output.writableEnded) throw new ExportStoppedError();
}

/**
 * Resolves when `stream` has room again ('drain'), at once if it has room now; throws
 * ExportStoppedError once `output` is destroyed (a stream whose reader left never drains).
 */
export async function waitForRoom(stream: Writable, output: Writable): Promise<void> {
  assertOutputOpen(output);
  if (!stream.writableNeedDrain) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      stream.off("drain", done);
      output.off("close", done);
      resolve();
    };
    stream.on("drain", done);
    output.on("close", done);
  });
  assertOutputOpen(output);
}

/** How often waitUntil looks again: a short wait, not a busy loop beside the deflate threads. */
const POLL_MS = 5;

/** Resolves once `isReady()` holds, looking every few milliseconds; throws once `output` is destroyed. */
export async function waitUntil(isReady: () => boolean, output: Writable): Promise<void> {
  for (assertOutputOpen(output); !isReady(); assertOutputOpen(output)) await sleep(POLL_MS);
}

const UNFINISHED = "The export returned without ending its file.";

/**
 * A web stream of what `produce` writes into a Node stream, pulled as the reader reads (the
 * response's backpressure reaches `produce`). `produce` ends the stream (the zip's pipe does); if it fails, the web stream
 * errors, so the server aborts the response and the download fails rather than ending short.
 */
export function webStreamOf(produce: (output: PassThrough) => Promise<void>): ReadableStream<Uint8Array> {
  const output = new PassThrough();
  const web = Readable.toWeb(output) as ReadableStream<Uint8Array>;
  void produce(output).then(
    () => {
      if (!output.writableEnded) output.destroy(new Error(UNFINISHED));
    },
    (error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))),
  );
  return web;
}

/** What `produce` writes, as one Buffer (the whole-table exports and the tests). */
export async function bufferOf(produce: (output: Writable) => Promise<void>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const output = new PassThrough();
  output.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    output.on("end", resolve);
    output.on("error", reject);
  });
  await produce(output);
  if (!output.writableEnded) throw new Error(UNFINISHED);
  await ended;
  return Buffer.concat(chunks);
}
