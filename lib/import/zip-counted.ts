import type JSZip from "jszip";
import { TooComplexError } from "../parse-worker/too-complex";

// Imports are relative: worker threads load this file with tsx, outside Next's bundle.

/** JSZip's own chunked unpacker (public in JSZip, missing from its type declarations). */
type InternalStream = {
  on(event: "data", listener: (chunk: Uint8Array) => void): InternalStream;
  on(event: "error", listener: (error: Error) => void): InternalStream;
  on(event: "end", listener: () => void): InternalStream;
  pause(): InternalStream;
  resume(): InternalStream;
};

/**
 * Unpacks one part of a ZIP (a workbook, a Word document), counting its bytes as they come against
 * `budget`: TooComplexError past it. The sizes a ZIP declares can be rewritten to anything, so they
 * are never read; nothing past the budget is unpacked.
 */
export function unpackCounted(entry: JSZip.JSZipObject, budget: number, what: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let length = 0;
    const stream = (entry as unknown as { internalStream(type: "uint8array"): InternalStream }).internalStream(
      "uint8array",
    );
    stream
      .on("data", (chunk) => {
        length += chunk.length;
        if (length > budget) {
          // Nothing more is unpacked: the stream stays paused and is dropped.
          stream.pause();
          reject(new TooComplexError(`${what} unpacks to more than ${budget} bytes`));
        } else chunks.push(chunk);
      })
      .on("error", reject)
      .on("end", () => resolve(Buffer.concat(chunks, length)))
      .resume();
  });
}
