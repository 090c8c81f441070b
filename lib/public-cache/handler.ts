import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import { CLIENT_ADDRESS_HEADER, INTERNAL_HEADER_PREFIX } from "@/lib/http/client-address-header";
import { LOCALE_COOKIE } from "@/i18n/locales";
import { createDayClock } from "./day-clock";
import { captureResponse, type Captured } from "./capture";
import { createEntry, serveEntry, type CacheEntry } from "./entry";
import { ByteLru, type LruStats } from "./lru";
import { PERSONAL_CACHE_CONTROL, hasSessionCookie, isPersonalPath, isRendererSpecificRequest } from "./policy";
import { normaliseCacheableUrl } from "./routes";
import { forceHeader, markNegotiatedRedirects } from "./force-header";
import type { VersionReader } from "./version";

// The request pipeline in front of Next's request handler:
//   1. every request: the socket's address in CLIENT_ADDRESS_HEADER, outside x-uade-* headers dropped;
//   2. pre-handlers (each may answer a request itself, e.g. refuse a malformed one);
//   3. personal requests (workspace, sign-in, a session cookie) go to Next marked `private, no-store`;
//   4. anonymous GET/HEAD of a public address: answered from the cache when an entry exists for the
//      current public data version and calendar day; otherwise one render per key (single flight)
//      fills it. Everything else goes to Next untouched.

export type NextHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void> | void;

/** Runs before anything else; returns true when it has answered the request. */
export type PreHandler = (request: IncomingMessage, response: ServerResponse) => boolean;

export type CacheSettings = {
  isEnabled: boolean;
  maxBytes: number;
  /** Cache-Control of every cached (public) response. */
  cacheControl: string;
  /** The Host the renderer sees for a fill, so no client's Host can shape a shared entry. */
  canonicalHost: string;
};

export type ServerHandlerOptions = {
  handle: NextHandler;
  versionReader: VersionReader;
  settings: CacheSettings;
  preHandlers?: readonly PreHandler[];
  /** The calendar day (default: TIME_ZONE's, as todayIso()); public output depends on it (overdue flags, default report dates, file names). */
  today?: () => string;
  onError?: (error: unknown) => void;
};

export type ServerHandler = ((request: IncomingMessage, response: ServerResponse) => Promise<void> | void) & {
  stats: () => LruStats & { inFlight: number };
};

/** Statuses worth keeping: the page, or a definite "no such commitment". Anything else is rendered each time. */
const CACHEABLE_STATUSES = new Set([200, 404]);
const MAX_ENTRY_BYTES = 16 * 1024 * 1024;

/** Sets the trusted client-address header and drops every other x-uade-* header a client sent. */
export function prepareRequestHeaders(request: IncomingMessage): void {
  for (const name of Object.keys(request.headers)) {
    if (name.startsWith(INTERNAL_HEADER_PREFIX)) delete request.headers[name];
  }
  request.headers[CLIENT_ADDRESS_HEADER] = request.socket.remoteAddress ?? "unknown";
}

/**
 * The only headers a fill passes to the renderer: nothing a reader sends (cookies, languages,
 * encodings, forwarded hosts) can change a response that other readers will get.
 */
function fillHeaders(request: IncomingMessage, canonicalHost: string): IncomingHttpHeaders {
  const headers: IncomingHttpHeaders = { host: canonicalHost, accept: "text/html,*/*" };
  const address = request.headers[CLIENT_ADDRESS_HEADER];
  if (address) headers[CLIENT_ADDRESS_HEADER] = address;
  return headers;
}

/** The locale cookie the proxy sets on a language page; any other Set-Cookie makes a response uncacheable. */
function localeCookieOf(captured: Captured): { isCacheable: boolean; cookie?: string } {
  const raw = captured.headers["set-cookie"];
  const cookies = raw === undefined ? [] : Array.isArray(raw) ? raw : [String(raw)];
  if (cookies.length === 0) return { isCacheable: true };
  if (cookies.length === 1 && cookies[0]?.startsWith(`${LOCALE_COOKIE}=`))
    return { isCacheable: true, cookie: cookies[0] };
  return { isCacheable: false };
}

function writeCaptured(response: ServerResponse, captured: Captured): void {
  response.writeHead(captured.status);
  response.end(captured.body);
}

export function createServerHandler(options: ServerHandlerOptions): ServerHandler {
  const { handle, versionReader, settings, preHandlers = [], today } = options;
  const onError = options.onError ?? ((error: unknown) => console.error("response cache:", error));
  const cache = new ByteLru<CacheEntry>(settings.maxBytes);
  const inFlight = new Map<string, Promise<CacheEntry | null>>();
  const maxEntryBytes = Math.min(MAX_ENTRY_BYTES, Math.floor(settings.maxBytes / 4));
  let currentTag = "";

  const pass = async (request: IncomingMessage, response: ServerResponse) => {
    await handle(request, response);
  };
  const dayOf = today ?? createDayClock();

  const serve = (request: IncomingMessage, response: ServerResponse, entry: CacheEntry, state: "hit" | "miss") =>
    serveEntry(request.method ?? "GET", request.headers, response, entry, state);

  /** Renders `normalisedUrl` once into `response` (the first reader's) and returns the entry, or null if it cannot be kept. */
  const fill = async (
    request: IncomingMessage,
    response: ServerResponse,
    normalisedUrl: string,
    key: string,
    tag: string,
  ): Promise<CacheEntry | null> => {
    const reader = { url: request.url, headers: request.headers, method: request.method };
    // A HEAD fills the entry like a GET (so `curl -I` shows the validators); only headers are sent.
    request.method = "GET";
    request.url = normalisedUrl;
    request.headers = fillHeaders(request, settings.canonicalHost);
    const capturing = captureResponse(response, maxEntryBytes);
    Promise.resolve(handle(request, response)).catch((error: unknown) => {
      onError(error);
      if (!response.writableEnded) {
        response.statusCode = 500;
        response.end();
      }
    });
    const captured = await capturing;
    // The reader's own headers decide the encoding and the 304 of their answer.
    request.url = reader.url;
    request.headers = reader.headers;
    request.method = reader.method;
    if (!captured) return null;
    const cookie = localeCookieOf(captured);
    if (!CACHEABLE_STATUSES.has(captured.status) || !cookie.isCacheable || captured.body.length > maxEntryBytes) {
      writeCaptured(response, captured);
      return null;
    }
    // A language page carries the proxy's language cookie to every reader, so a shared cache (nginx,
    // a CDN) holding it gives every reader the same, right answer: the cookie's value is in the path.
    const entry = await createEntry(captured.status, captured.headers, captured.body, {
      cacheControl: settings.cacheControl,
      ...(cookie.cookie ? { setCookie: cookie.cookie } : {}),
    });
    // A write committed meanwhile changed the tag: this entry may already be old, so it is served once, not kept.
    if (tag === currentTag) cache.set(key, entry);
    for (const name of response.getHeaderNames()) response.removeHeader(name);
    serve(request, response, entry, "miss");
    return entry;
  };

  const missed = async (
    request: IncomingMessage,
    response: ServerResponse,
    normalisedUrl: string,
    key: string,
    tag: string,
  ) => {
    const pending = inFlight.get(key);
    if (pending) {
      const entry = await pending;
      return entry ? serve(request, response, entry, "hit") : pass(request, response);
    }
    const flight = fill(request, response, normalisedUrl, key, tag);
    inFlight.set(key, flight);
    try {
      await flight;
    } finally {
      inFlight.delete(key);
    }
  };

  /** A hit is answered synchronously: no promise, no async-hook work on the path that carries the load. */
  const answerCacheable = (
    request: IncomingMessage,
    response: ServerResponse,
    normalisedUrl: string,
    version: string,
  ): void | Promise<void> => {
    const tag = `${version}|${dayOf()}`;
    if (tag !== currentTag) {
      // Every entry belongs to an older version or day: none can be served again.
      cache.clear();
      currentTag = tag;
    }
    const key = `${tag} ${normalisedUrl}`;
    const cached = cache.get(key);
    if (cached) return serve(request, response, cached, "hit");
    return missed(request, response, normalisedUrl, key, tag);
  };

  const recover = (request: IncomingMessage, response: ServerResponse, error: unknown): Promise<void> | void => {
    onError(error);
    // The cache failed (e.g. the version could not be read): the reader still gets a fresh page.
    if (!response.headersSent) return pass(request, response).catch(onError);
    if (!response.writableEnded) response.end();
  };

  const route = (request: IncomingMessage, response: ServerResponse): void | Promise<void> => {
    prepareRequestHeaders(request);
    for (const preHandler of preHandlers) {
      if (preHandler(request, response)) return;
    }
    const url = request.url ?? "/";
    const queryStart = url.indexOf("?");
    const path = queryStart === -1 ? url : url.slice(0, queryStart);
    if (isPersonalPath(path) || hasSessionCookie(request.headers)) {
      forceHeader(response, "cache-control", PERSONAL_CACHE_CONTROL);
      return pass(request, response);
    }
    const method = request.method ?? "GET";
    const normalisedUrl =
      settings.isEnabled && (method === "GET" || method === "HEAD") && !isRendererSpecificRequest(request.headers, url)
        ? normaliseCacheableUrl(url)
        : null;
    if (normalisedUrl === null) {
      markNegotiatedRedirects(response);
      return pass(request, response);
    }
    const version = versionReader.read();
    if (typeof version === "string") return answerCacheable(request, response, normalisedUrl, version);
    return version.then((tag) => answerCacheable(request, response, normalisedUrl, tag));
  };

  const handler = (request: IncomingMessage, response: ServerResponse): Promise<void> | void => {
    try {
      const result = route(request, response);
      return result ? result.catch((error: unknown) => recover(request, response, error)) : undefined;
    } catch (error) {
      return recover(request, response, error);
    }
  };
  return Object.assign(handler, { stats: () => ({ ...cache.stats(), inFlight: inFlight.size }) });
}
