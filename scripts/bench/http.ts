// A minimal loopback HTTP GET that returns the exact bytes a client without Accept-Encoding
// gets (as autocannon does), with timing of the first and last byte.
import http from "node:http";

export type HttpResponse = {
  status: number;
  contentType: string;
  body: Buffer;
  firstByteMs: number;
  lastByteMs: number;
};

/** A cookie that makes the app bypass its response cache (any next-auth cookie does): the time of a real render. */
export const BYPASS_CACHE = { cookie: "next-auth.csrf-token=bench" } as const;

export function httpGet(
  url: string,
  {
    timeoutMs = 30_000,
    onChunk,
    headers = {},
  }: { timeoutMs?: number; onChunk?: (chunk: Buffer) => void; headers?: Record<string, string> } = {},
): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const request = http.get(url, { timeout: timeoutMs, headers: { accept: "*/*", ...headers } }, (response) => {
      const firstByteMs = performance.now() - start;
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => {
        chunks.push(chunk);
        onChunk?.(chunk);
      });
      response.on("error", reject);
      response.on("end", () => {
        resolve({
          status: response.statusCode ?? 0,
          contentType: String(response.headers["content-type"] ?? "application/octet-stream"),
          body: Buffer.concat(chunks),
          firstByteMs,
          lastByteMs: performance.now() - start,
        });
      });
    });
    request.on("timeout", () => request.destroy(new Error(`GET ${url} timed out after ${timeoutMs} ms`)));
    request.on("error", reject);
  });
}

/** GET that must answer 200; anything else throws with the status and the start of the body. */
export async function httpGetOk(url: string): Promise<HttpResponse> {
  const response = await httpGet(url);
  if (response.status !== 200)
    throw new Error(`GET ${url} answered ${response.status}: ${response.body.subarray(0, 300).toString("utf8")}`);
  return response;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `url` until it answers 200, for at most `timeoutMs`. */
export async function waitUntilReady(url: string, timeoutMs: number, isAlive: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const attempts = Math.ceil(timeoutMs / 200);
  for (let attempt = 0; attempt < attempts && Date.now() < deadline; attempt += 1) {
    if (!isAlive()) throw new Error(`the server behind ${url} exited before it was ready`);
    try {
      const response = await httpGet(url, { timeoutMs: 5_000 });
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`${url} was not ready within ${timeoutMs / 1000} s`);
}
