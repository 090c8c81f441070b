import type { OutgoingHttpHeaders, ServerResponse } from "node:http";
import { applyWriteHeadHeaders } from "./force-header";

// Holds back what the renderer writes to a response until it ends, so the complete response can
// become a cache entry (with its ETag and compressed variants) before any byte leaves. A response
// that grows past `maxBytes` (a huge export) is let go: what was held is written out and the rest
// streams through as usual, uncached.

export type Captured = { status: number; headers: OutgoingHttpHeaders; body: Buffer };

type Callback = (error?: Error | null) => void;
type WriteArgs = [chunk?: unknown, encodingOrCallback?: BufferEncoding | Callback, callback?: Callback];

function toBuffer(chunk: unknown, encoding?: BufferEncoding | Callback): Buffer {
  if (chunk === undefined || chunk === null) return Buffer.alloc(0);
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return Buffer.from(String(chunk), typeof encoding === "string" ? encoding : "utf8");
}

function callbackOf(args: WriteArgs): Callback | undefined {
  return typeof args[1] === "function" ? args[1] : args[2];
}

/**
 * Intercepts `response` until the renderer ends it. Resolves with the whole response, or with
 * null when it was let go (too large) or the reader went away before the end.
 */
export function captureResponse(response: ServerResponse, maxBytes: number): Promise<Captured | null> {
  const original = {
    writeHead: response.writeHead,
    write: response.write,
    end: response.end,
    flushHeaders: response.flushHeaders,
  };
  const chunks: Buffer[] = [];
  let size = 0;
  let isCapturing = true;

  return new Promise((resolve) => {
    const restore = () => {
      isCapturing = false;
      response.writeHead = original.writeHead;
      response.write = original.write;
      response.end = original.end;
      response.flushHeaders = original.flushHeaders;
    };
    const letGo = () => {
      restore();
      original.writeHead.call(response, response.statusCode);
      for (const chunk of chunks) (original.write as (chunk: Buffer) => boolean).call(response, chunk);
      chunks.length = 0;
      resolve(null);
    };

    response.once("close", () => {
      if (!isCapturing) return;
      restore();
      resolve(null);
    });

    response.writeHead = function writeHead(this: ServerResponse, status: number, ...rest: unknown[]) {
      if (!isCapturing) return original.writeHead.call(this, status, ...(rest as []));
      response.statusCode = status;
      const headers = typeof rest[0] === "string" ? rest[1] : rest[0];
      applyWriteHeadHeaders(response, headers);
      return response;
    } as ServerResponse["writeHead"];

    response.flushHeaders = function flushHeaders() {
      if (!isCapturing) original.flushHeaders.call(response);
    };

    response.write = function write(this: ServerResponse, ...args: WriteArgs) {
      if (!isCapturing) return original.write.apply(this, args as Parameters<ServerResponse["write"]>);
      const buffer = toBuffer(args[0], args[1]);
      chunks.push(buffer);
      size += buffer.length;
      const callback = callbackOf(args);
      if (size > maxBytes) {
        letGo();
      }
      if (callback) process.nextTick(callback);
      return true;
    } as ServerResponse["write"];

    response.end = function end(this: ServerResponse, ...args: WriteArgs) {
      if (!isCapturing) return original.end.apply(this, args as Parameters<ServerResponse["end"]>);
      const callback = typeof args[0] === "function" ? (args[0] as Callback) : callbackOf(args);
      if (callback) response.once("finish", () => callback());
      if (typeof args[0] !== "function") {
        const buffer = toBuffer(args[0], args[1]);
        if (buffer.length > 0) chunks.push(buffer);
        size += buffer.length;
      }
      restore();
      resolve({ status: response.statusCode, headers: response.getHeaders(), body: Buffer.concat(chunks, size) });
      return response;
    } as ServerResponse["end"];
  });
}
