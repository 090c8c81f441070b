import { createHash } from "node:crypto";
import type { IncomingHttpHeaders, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { remembersLanguage } from "@/i18n/locales";

// A cached response: the renderer's bytes and headers, with gzip and brotli variants made once
// when the entry is filled (in zlib's thread pool, off the event loop) and a strong ETag per variant.

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

export type Encoding = "identity" | "gzip" | "br";

type State = "hit" | "miss";

/** One encoding of an entry, with its complete header lists made once (Node still checks them on write). */
type Variant = { body: Buffer; etag: string; headers: Record<State, string[]>; notModified: Record<State, string[]> };

export type CacheEntry = {
  status: number;
  variants: Partial<Record<Encoding, Variant>> & { identity: Variant };
  /** Memory the entry holds (bodies plus an allowance for headers and the key). */
  bytes: number;
};

export type EntryOptions = { cacheControl: string; setCookie?: string };

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
// Brotli 5 and gzip 5: within 1–2 % of their best ratios on these pages, at a fraction of the time.
const BROTLI_OPTIONS = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } };

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

function flat(headers: OutgoingHttpHeaders): string[] {
  return Object.entries(headers).flatMap(([name, value]) =>
    value === undefined ? [] : Array.isArray(value) ? value.flatMap((item) => [name, item]) : [name, String(value)],
  );
}

/** Builds an entry from a complete response; compression and header lists are made once here, never per request. */
export async function createEntry(
  status: number,
  captured: OutgoingHttpHeaders,
  body: Buffer,
  options: EntryOptions,
): Promise<CacheEntry> {
  const { headers, vary } = keptHeaders(captured);
  const varyTokens = new Map(vary.map((token) => [token.toLowerCase(), token]));
  varyTokens.set("accept-encoding", "Accept-Encoding");
  const varyHeader = [...varyTokens.values()].join(", ");
  const bodies: Partial<Record<Encoding, Buffer>> = { identity: body };
  const contentType = String(headers["content-type"] ?? "");
  if (COMPRESSIBLE.test(contentType) && body.length >= MIN_COMPRESSIBLE_BYTES) {
    const [gzipped, brotlied] = await Promise.all([gzip(body, { level: 5 }), brotli(body, BROTLI_OPTIONS)]);
    if (gzipped.length < body.length) bodies.gzip = gzipped;
    if (brotlied.length < body.length) bodies.br = brotlied;
  }
  const base = strongTag(body, "").slice(0, -1);
  const suffix: Record<Encoding, string> = { identity: "", gzip: "-gz", br: "-br" };
  const variantOf = (encoding: Encoding, variantBody: Buffer): Variant => {
    const etag = `${base}${suffix[encoding]}"`;
    const common = (state: State): OutgoingHttpHeaders => ({
      etag,
      "cache-control": options.cacheControl,
      vary: varyHeader,
      "x-uade-cache": state,
      ...(options.setCookie ? { "set-cookie": options.setCookie } : {}),
    });
    const full = (state: State): OutgoingHttpHeaders => ({
      ...headers,
      ...common(state),
      "content-length": variantBody.length,
      ...(encoding === "identity" ? {} : { "content-encoding": encoding }),
    });
    return {
      body: variantBody,
      etag,
      headers: { hit: flat(full("hit")), miss: flat(full("miss")) },
      notModified: { hit: flat(common("hit")), miss: flat(common("miss")) },
    };
  };
  const variants = { identity: variantOf("identity", body) } as CacheEntry["variants"];
  if (bodies.gzip) variants.gzip = variantOf("gzip", bodies.gzip);
  if (bodies.br) variants.br = variantOf("br", bodies.br);
  const headerBytes = JSON.stringify(variants.identity.headers.hit).length * 2 * Object.keys(variants).length + 256;
  const bodyBytes = Object.values(variants).reduce((sum, variant) => sum + (variant?.body.length ?? 0), 0);
  return { status, variants, bytes: bodyBytes + headerBytes };
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

const firstValue = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** A flat [name, value, …] header list without its Set-Cookie pairs. */
function withoutSetCookie(headers: string[]): string[] {
  const kept: string[] = [];
  for (let index = 0; index + 1 < headers.length; index += 2)
    if (headers[index]?.toLowerCase() !== "set-cookie") kept.push(headers[index]!, headers[index + 1]!);
  return kept;
}

/** Answers a GET or HEAD from an entry: 304 when the reader's copy is current, else the chosen variant. */
export function serveEntry(
  method: string,
  requestHeaders: IncomingHttpHeaders,
  response: ServerResponse,
  entry: CacheEntry,
  state: State,
): void {
  const variant = entry.variants[chooseEncoding(requestHeaders["accept-encoding"], entry)] ?? entry.variants.identity;
  // The entry may carry the locale cookie of its page; a framed page or a fetch does not set it.
  const sendsCookie = remembersLanguage(firstValue(requestHeaders["sec-fetch-dest"]));
  const headersOf = (headers: string[]) => (sendsCookie ? headers : withoutSetCookie(headers));
  if (
    entry.status === 200 &&
    requestHeaders["if-none-match"] !== undefined &&
    matchesIfNoneMatch(requestHeaders["if-none-match"], variant.etag)
  ) {
    response.writeHead(304, headersOf(variant.notModified[state])).end();
    return;
  }
  response.writeHead(entry.status, headersOf(variant.headers[state]));
  if (method === "HEAD") response.end();
  else response.end(variant.body);
}
