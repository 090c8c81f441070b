import http from "node:http";
import https from "node:https";
import type { LookupFunction, Socket } from "node:net";
import { PassThrough, type Readable } from "node:stream";
import zlib from "node:zlib";
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from "request-filtering-agent";
import { allowListOf, isAllowedAddress, isAllowedHost, type AddressPolicy } from "./address-policy";
import { SafeFetchError, reasonOfNetworkError } from "./errors";

/** The one user agent every outgoing request of Uade names itself with. */
export const UADE_USER_AGENT = "Uade/1.0 (human-rights commitments tracker; evidence archiver)";

export type SafeFetchOptions = AddressPolicy & {
  /** Largest body accepted, counted after decompression (and before it, for the raw bytes). */
  maxBytes: number;
  /** Deadline for the whole exchange: DNS, connection, redirects, headers and body. */
  timeoutMs: number;
  /** Redirects followed at most; each hop is checked like the first URL. 0 returns the 3xx itself. */
  maxRedirects: number;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Replaces DNS (tests: a name that resolves to a refused address). */
  lookup?: LookupFunction;
};

export type SafeResponse = {
  /** The URL that answered, after redirects. */
  url: string;
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The peer the response actually came from. */
  remoteAddress: string;
  /** The decoded body in chunks; throws SafeFetchError ("too-large", "timeout", "bad-encoding"). */
  body: AsyncIterable<Buffer>;
  /** Stops reading and frees the connection (call when the body is not wanted). */
  cancel: () => void;
};

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Parses and checks a URL: http/https only, a host, no user name or password. */
export function checkFetchUrl(value: string | URL): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new SafeFetchError("invalid-url", "not an absolute URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new SafeFetchError("unsupported-scheme", url.protocol);
  if (url.username || url.password) throw new SafeFetchError("credentials-in-url", url.host);
  if (!url.hostname) throw new SafeFetchError("invalid-url", "no host");
  return url;
}

const agents = new Map<string, { http: http.Agent; https: https.Agent }>();

function agentsFor(policy: AddressPolicy) {
  const key = policy.loopbackOnly ? "loopback" : "public";
  let pair = agents.get(key);
  if (!pair) {
    // request-filtering-agent checks IP literals and every DNS answer before connecting.
    const options = {
      allowPrivateIPAddress: false,
      allowMetaIPAddress: false,
      allowIPAddressList: allowListOf(policy),
      keepAlive: false,
    };
    pair = { http: new RequestFilteringHttpAgent(options), https: new RequestFilteringHttpsAgent(options) };
    agents.set(key, pair);
  }
  return pair;
}

function refusedPeer(address: string | undefined): SafeFetchError {
  return new SafeFetchError("refused-address", `connected to ${address ?? "an unknown address"}`);
}

/**
 * Fetches a URL for Uade's server without letting it reach the server's own network: only
 * http(s), no credentials, only public addresses (checked on every DNS answer, on every redirect,
 * and again on the address the response actually came from), a fixed user agent, a size cap that
 * holds after decompression (gzip bombs), one deadline for everything, and a redirect limit.
 * Issue 16's webhooks are meant to reuse it (`method: "POST"`, `maxRedirects: 0`).
 */
export async function safeFetch(input: string | URL, options: SafeFetchOptions): Promise<SafeResponse> {
  const deadline = Date.now() + options.timeoutMs;
  const visited = new Set<string>();
  let url = checkFetchUrl(input);
  let method = options.method ?? "GET";
  let body = options.body;
  for (let hop = 0; ; hop += 1) {
    visited.add(url.href);
    const response = await requestOnce(url, method, body, options, deadline);
    const location = response.headers.location;
    if (!REDIRECTS.has(response.status) || options.maxRedirects === 0) return response;
    response.cancel();
    if (!location) throw new SafeFetchError("bad-redirect", `${response.status} without a Location`);
    if (hop >= options.maxRedirects)
      throw new SafeFetchError("too-many-redirects", `more than ${options.maxRedirects}`);
    let next: URL;
    try {
      next = checkFetchUrl(new URL(location, url));
    } catch (error) {
      if (error instanceof SafeFetchError && error.reason === "invalid-url")
        throw new SafeFetchError("bad-redirect", location.slice(0, 200));
      throw error;
    }
    if (visited.has(next.href)) throw new SafeFetchError("redirect-loop", next.href.slice(0, 200));
    if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === "POST")) {
      method = "GET";
      body = undefined;
    }
    url = next;
  }
}

function requestOnce(
  url: URL,
  method: string,
  body: string | Buffer | undefined,
  options: SafeFetchOptions,
  deadline: number,
): Promise<SafeResponse> {
  const remaining = deadline - Date.now();
  if (remaining <= 0) return Promise.reject(new SafeFetchError("timeout", `after ${options.timeoutMs} ms`));
  if (!isAllowedHost(url.hostname, options))
    return Promise.reject(new SafeFetchError("refused-address", `${url.hostname} (test mode: loopback only)`));
  const transport = url.protocol === "https:" ? https : http;
  const pair = agentsFor(options);
  return new Promise((resolve, reject) => {
    let settled = false;
    let failure: SafeFetchError | null = null;
    const fail = (error: unknown) => {
      clearTimeout(timer);
      const reasoned = failure ?? reasonOfNetworkError(error);
      failure = reasoned;
      if (!settled) {
        settled = true;
        reject(reasoned);
      }
      request.destroy(reasoned);
    };
    const request = transport.request(url, {
      method,
      agent: url.protocol === "https:" ? pair.https : pair.http,
      headers: { "user-agent": UADE_USER_AGENT, "accept-encoding": "gzip, deflate, br", ...options.headers },
      ...(options.lookup ? { lookup: options.lookup } : {}),
    });
    const timer = setTimeout(() => fail(new SafeFetchError("timeout", `after ${options.timeoutMs} ms`)), remaining);
    request.on("socket", (socket: Socket) => {
      socket.once("connect", () => {
        if (!isAllowedAddress(socket.remoteAddress ?? "", options)) fail(refusedPeer(socket.remoteAddress));
      });
    });
    request.on("error", fail);
    request.on("response", (response) => {
      const remoteAddress = response.socket?.remoteAddress ?? "";
      if (!isAllowedAddress(remoteAddress, options)) return fail(refusedPeer(remoteAddress));
      const declared = Number(response.headers["content-length"]);
      if (Number.isFinite(declared) && declared > options.maxBytes)
        return fail(new SafeFetchError("too-large", `Content-Length ${declared}`));
      settled = true;
      const cancel = () => {
        clearTimeout(timer);
        request.destroy();
      };
      resolve({
        url: url.href,
        status: response.statusCode ?? 0,
        headers: response.headers,
        remoteAddress,
        body: limitedBody(
          response,
          options.maxBytes,
          () => clearTimeout(timer),
          fail,
          () => failure,
        ),
        cancel,
      });
      // The deadline still covers the body: on timeout the stream errors and the reader sees it.
    });
    if (body !== undefined) request.end(body);
    else request.end();
  });
}

function decoderFor(encoding: string | undefined): Readable | null {
  const name = (encoding ?? "identity").trim().toLowerCase();
  if (name === "" || name === "identity") return null;
  if (name === "gzip" || name === "x-gzip") return zlib.createGunzip();
  if (name === "deflate") return zlib.createInflate();
  if (name === "br") return zlib.createBrotliDecompress();
  throw new SafeFetchError("bad-encoding", `Content-Encoding ${name.slice(0, 40)}`);
}

async function* limitedBody(
  response: http.IncomingMessage,
  maxBytes: number,
  onEnd: () => void,
  abort: (error: Error) => void,
  failureOf: () => SafeFetchError | null,
): AsyncGenerator<Buffer> {
  let decoder: Readable | null;
  try {
    decoder = decoderFor(response.headers["content-encoding"]);
  } catch (error) {
    abort(error as Error);
    throw error;
  }
  let raw = 0;
  let decoded = 0;
  const source: Readable = decoder ?? new PassThrough();
  const tooLarge = () => new SafeFetchError("too-large", `more than ${maxBytes} bytes`);
  response.on("data", (chunk: Buffer) => {
    raw += chunk.length;
    if (raw > maxBytes) abort(tooLarge());
  });
  response.on("error", (error) => source.destroy(reasonOfNetworkError(error)));
  response.on("aborted", () =>
    source.destroy(new SafeFetchError("connection-failed", "the server closed the connection mid-body")),
  );
  response.pipe(source as unknown as NodeJS.WritableStream);
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      decoded += chunk.length;
      if (decoded > maxBytes) throw tooLarge();
      yield chunk;
    }
  } catch (error) {
    // A deadline or cap hit elsewhere (the timer, the raw counter) is the real reason.
    const reasoned = failureOf() ?? reasonOfNetworkError(error);
    abort(reasoned);
    throw reasoned;
  } finally {
    onEnd();
    source.destroy();
    response.destroy();
  }
}
