import { createHash } from "node:crypto";
import type { IncomingHttpHeaders, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { promisify } from "node:util";
import zlib from "node:zlib";

// A cached response: the renderer's bytes and headers, with gzip and brotli variants made once
// when the entry is filled (in zlib's thread pool, off the event loop) and a strong ETag per variant.

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

export type Encoding = "identity" | "gzip" | "br";

type Variant = { body: Buffer; etag: string };

export type CacheEntry = {
  status: number;
  /** The renderer's headers, minus those the cache owns (length, encoding, validators, caching, cookies, hop-by-hop). */
  headers: OutgoingHttpHeaders;
  vary: string;
  variants: Partial<Record<Encoding, Variant>> & { identity: Variant };
  /** Memory the entry holds (bodies plus an allowance for headers and the key). */
  bytes: number;
};

/** Headers the cache sets itself, or that must never be replayed to another reader. */
const OWNED_HEADERS = new Set([
  "cache-control",
  "connection",
  "content-encoding",
  "content-length",
  "date",
  "etag",
  "expires",
  "keep-alive",
  "set-cookie",
  "transfer-encoding",
  "vary",
  "age",
  "x-uade-cache",
]);

const COMPRESSIBLE = /^(?:text\/|application\/(?:json|xml|atom\+xml|rss\+xml|javascript|manifest\+json))/i;
const MIN_COMPRESSIBLE_BYTES = 512;
const BROTLI_OPTIONS = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 6 } };

/** Splits a captured response's headers into those kept in the entry and the renderer's `Vary` values. */
export function keptHeaders(captured: OutgoingHttpHeaders): { headers: OutgoingHttpHeaders; vary: string[] } {
  const headers: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(captured)) {
    if (value === undefined || OWNED_HEADERS.has(name.toLowerCase())) continue;
    headers[name.toLowerCase()] = value;
  }
  const rawVary = captured.vary ?? captured.Vary;
  const vary = String(Array.isArray(rawVary) ? rawVary.join(",") : (rawVary ?? ""))
    .split(",")
    .map((token) => token.trim())
    .filter(Boolean);
  return { headers, vary };
}

function strongTag(body: Buffer, suffix: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}${suffix}"`;
}

/** Builds an entry from a complete response; compression runs once here, never per request. */
export async function createEntry(status: number, captured: OutgoingHttpHeaders, body: Buffer): Promise<CacheEntry> {
  const { headers, vary } = keptHeaders(captured);
  const varyTokens = new Map(vary.map((token) => [token.toLowerCase(), token]));
  varyTokens.set("accept-encoding", "Accept-Encoding");
  const identity: Variant = { body, etag: strongTag(body, "") };
  const variants: CacheEntry["variants"] = { identity };
  const contentType = String(headers["content-type"] ?? "");
  if (COMPRESSIBLE.test(contentType) && body.length >= MIN_COMPRESSIBLE_BYTES) {
    const [gzipped, brotlied] = await Promise.all([gzip(body, { level: 6 }), brotli(body, BROTLI_OPTIONS)]);
    const base = identity.etag.slice(0, -1);
    if (gzipped.length < body.length) variants.gzip = { body: gzipped, etag: `${base}-gz"` };
    if (brotlied.length < body.length) variants.br = { body: brotlied, etag: `${base}-br"` };
  }
  const headerBytes = JSON.stringify(headers).length + 256;
  const bodies = Object.values(variants).reduce((sum, variant) => sum + (variant?.body.length ?? 0), 0);
  return { status, headers, vary: [...varyTokens.values()].join(", "), variants, bytes: bodies + headerBytes };
}

/** The best encoding of the entry the reader accepts: brotli, then gzip, then none (RFC 9110 §12.5.3, q-values honoured). */
export function chooseEncoding(acceptEncoding: string | undefined, entry: CacheEntry): Encoding {
  if (!acceptEncoding) return "identity";
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(",")) {
    const [token = "", ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((param) => param.trim()).find((param) => param.startsWith("q="));
    const weight = q ? Number(q.slice(2)) : 1;
    weights.set(token.trim(), Number.isFinite(weight) ? weight : 0);
  }
  const accepts = (name: string) => (weights.get(name) ?? weights.get("*") ?? 0) > 0;
  if (entry.variants.br && accepts("br")) return "br";
  if (entry.variants.gzip && accepts("gzip")) return "gzip";
  return "identity";
}

/** Whether an `If-None-Match` list names `etag` (weak comparison, as RFC 9110 §13.1.2 requires). */
export function matchesIfNoneMatch(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  const opaque = etag.replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === opaque);
}

export type ServeOptions = { cacheControl: string; state: "hit" | "miss"; extraHeaders?: OutgoingHttpHeaders };

/** Answers a GET or HEAD from an entry: 304 when the reader's copy is current, else the chosen variant. */
export function serveEntry(method: string, requestHeaders: IncomingHttpHeaders, response: ServerResponse, entry: CacheEntry, options: ServeOptions): void {
  const encoding = chooseEncoding(requestHeaders["accept-encoding"], entry);
  const variant = entry.variants[encoding] ?? entry.variants.identity;
  const common: OutgoingHttpHeaders = { etag: variant.etag, "cache-control": options.cacheControl, vary: entry.vary, "x-uade-cache": options.state, ...options.extraHeaders };
  for (const name of response.getHeaderNames()) response.removeHeader(name);
  if (entry.status === 200 && matchesIfNoneMatch(requestHeaders["if-none-match"], variant.etag)) {
    response.writeHead(304, common).end();
    return;
  }
  const headers: OutgoingHttpHeaders = { ...entry.headers, ...common, "content-length": variant.body.length };
  if (encoding !== "identity") headers["content-encoding"] = encoding;
  response.writeHead(entry.status, headers);
  if (method === "HEAD") response.end();
  else response.end(variant.body);
}
