import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createServerHandler, type ServerHandler } from "./handler";

// The pipeline in front of Next, with a stand-in renderer that records what it was asked and
// answers like Next does (headers with setHeader, body in chunks). No build needed.

type Seen = { url: string; headers: http.IncomingHttpHeaders };
const seen: Seen[] = [];
let version = 1;
let day = "2026-12-01";
let renderDelayMs = 0;
let handler: ServerHandler;
let server: http.Server;
let base = "";

async function fakeNext(request: IncomingMessage, response: ServerResponse): Promise<void> {
  seen.push({ url: request.url ?? "", headers: { ...request.headers } });
  if (renderDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, renderDelayMs));
  const url = new URL(request.url ?? "/", "http://x");
  if (url.pathname === "/commitments") {
    response.writeHead(307, { location: "/ru/commitments" }).end();
    return;
  }
  if (url.pathname === "/en/commitments/missing") {
    response.statusCode = 404;
    response.end("not found");
    return;
  }
  if (url.pathname === "/export/history.csv") {
    response.setHeader("content-type", "text/csv; charset=utf-8");
    for (let index = 0; index < 200; index += 1) response.write(`${"x".repeat(1023)}\n`);
    response.end();
    return;
  }
  response.setHeader(
    "content-type",
    url.pathname.startsWith("/api/") ? "application/json" : "text/html; charset=utf-8",
  );
  response.setHeader("cache-control", "private, no-cache, no-store, max-age=0, must-revalidate");
  response.setHeader("vary", "RSC, Next-Router-State-Tree");
  if (url.pathname === "/en/reports") response.setHeader("set-cookie", "tracker=1; Path=/");
  else if (/^\/(kk|ru|en)(\/|$)/.test(url.pathname))
    response.setHeader("set-cookie", `uade_locale=${url.pathname.slice(1, 3)}; Path=/; Max-Age=31536000; SameSite=lax`);
  response.write(
    `<html>version ${version} day ${day} url ${request.url} address ${String(request.headers["x-uade-client-address"])} `,
  );
  response.end(`${"padding ".repeat(200)}</html>`);
}

beforeAll(async () => {
  handler = createServerHandler({
    handle: fakeNext,
    versionReader: { read: () => `epoch.${version}`, close: () => undefined },
    today: () => day,
    settings: {
      isEnabled: true,
      maxBytes: 512 * 1024,
      cacheControl: "public, max-age=0, must-revalidate",
      canonicalHost: "localhost:3000",
    },
    onError: () => undefined,
  });
  server = http.createServer((request, response) => void handler(request, response));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  seen.length = 0;
  renderDelayMs = 0;
  version += 1;
});

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };
function get(path: string, headers: Record<string, string> = {}, method = "GET"): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${base}${path}`, { method, headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    });
    request.on("error", reject);
    request.end();
  });
}

describe("the response cache", () => {
  it("renders a public page once and answers the next reader from the cache, with the same bytes", async () => {
    const first = await get("/en/commitments");
    const second = await get("/en/commitments");
    expect(seen).toHaveLength(1);
    expect([first.headers["x-uade-cache"], second.headers["x-uade-cache"]]).toEqual(["miss", "hit"]);
    expect(second.body.equals(first.body)).toBe(true);
    expect(second.headers["cache-control"]).toBe("public, max-age=0, must-revalidate");
    expect(second.headers.etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(second.headers.vary).toBe("RSC, Next-Router-State-Tree, Accept-Encoding");
  });

  it("never serves an entry of an older data version or another day", async () => {
    const before = await get("/en");
    version += 1;
    const afterWrite = await get("/en");
    day = "2026-12-02";
    const tomorrow = await get("/en");
    expect(seen).toHaveLength(3);
    expect(before.body.toString()).not.toBe(afterWrite.body.toString());
    expect(tomorrow.body.toString()).toContain("day 2026-12-02");
    expect(tomorrow.headers["x-uade-cache"]).toBe("miss");
  });

  it("renders once when many readers miss at the same time (single flight)", async () => {
    renderDelayMs = 100;
    const answers = await Promise.all(Array.from({ length: 20 }, () => get("/ru/commitments?page=2")));
    expect(seen).toHaveLength(1);
    expect(new Set(answers.map((answer) => answer.body.toString())).size).toBe(1);
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
  });

  it("keys by the known parameters only, in a fixed order, and renders the normalised address", async () => {
    await get("/en/commitments?sort=title&category=torture");
    const reordered = await get("/en/commitments?category=torture&sort=title&utm_source=x&junk=%FF");
    expect(seen).toHaveLength(1);
    expect(seen[0]?.url).toBe("/en/commitments?category=torture&sort=title");
    expect(reordered.headers["x-uade-cache"]).toBe("hit");
  });

  it("answers 304 to a reader whose copy is current, and serves gzip and brotli that decode to the same bytes", async () => {
    const plain = await get("/api/v1/commitments");
    const revalidated = await get("/api/v1/commitments", { "if-none-match": String(plain.headers.etag) });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body.length).toBe(0);
    const gzipped = await get("/api/v1/commitments", { "accept-encoding": "gzip" });
    const brotli = await get("/api/v1/commitments", { "accept-encoding": "gzip, deflate, br" });
    expect(gzipped.headers["content-encoding"]).toBe("gzip");
    expect(brotli.headers["content-encoding"]).toBe("br");
    expect(zlib.gunzipSync(gzipped.body).equals(plain.body)).toBe(true);
    expect(zlib.brotliDecompressSync(brotli.body).equals(plain.body)).toBe(true);
    expect(new Set([plain.headers.etag, gzipped.headers.etag, brotli.headers.etag]).size).toBe(3);
    expect(seen).toHaveLength(1);
    const head = await get("/api/v1/commitments", { "accept-encoding": "br" }, "HEAD");
    expect([head.status, head.body.length, head.headers["content-length"]]).toEqual([
      200,
      0,
      String(brotli.body.length),
    ]);
  });

  it("never caches personal responses, and marks them private, no-store", async () => {
    for (const path of [
      "/manage",
      "/ru/manage/commitments",
      "/api/manage/status",
      "/api/auth/session",
      "/login",
      "/en/login",
    ]) {
      const answer = await get(path);
      expect(answer.headers["cache-control"], path).toBe("private, no-store");
      expect(answer.headers["x-uade-cache"], path).toBeUndefined();
    }
    const signedIn = await get("/en/commitments", { cookie: "uade_locale=en; next-auth.session-token=abc" });
    const again = await get("/en/commitments", { cookie: "uade_locale=en; next-auth.session-token=abc" });
    expect([signedIn.headers["cache-control"], again.headers["x-uade-cache"]]).toEqual([
      "private, no-store",
      undefined,
    ]);
    expect(seen).toHaveLength(8);
    // A signed-in reader's visit never filled an entry for anyone else.
    expect((await get("/en/commitments")).headers["x-uade-cache"]).toBe("miss");
  });

  it("gives the renderer no header a reader could use to shape a shared entry", async () => {
    await get("/feed.xml", {
      "x-uade-locale": "kk",
      cookie: "uade_locale=kk",
      "accept-language": "kk",
      host: "evil.example",
      "x-forwarded-host": "evil.example",
    });
    expect(seen[0]?.headers).toEqual({
      host: "localhost:3000",
      accept: "text/html,*/*",
      "x-uade-client-address": "127.0.0.1",
    });
  });

  it("overwrites the client-address header a client sends, on every request", async () => {
    const answer = await get("/en/manage", { "x-uade-client-address": "203.0.113.9", "x-uade-path": "/manage/users" });
    expect(answer.status).toBe(200);
    expect(seen[0]?.headers["x-uade-client-address"]).toBe("127.0.0.1");
    expect(seen[0]?.headers["x-uade-path"]).toBeUndefined();
  });

  it("gives every reader of a language page its language cookie, and keeps no response with another cookie", async () => {
    const fresh = await get("/kk/commitments");
    const remembered = await get("/kk/commitments", { cookie: "uade_locale=kk" });
    const switched = await get("/kk/commitments", { cookie: "uade_locale=ru" });
    expect(seen).toHaveLength(1);
    const opened = await get("/kk/commitments", { cookie: "uade_locale=ru", "sec-fetch-dest": "document" });
    expect(seen).toHaveLength(1);
    for (const answer of [fresh, remembered, switched, opened])
      expect(answer.headers["set-cookie"]?.[0]).toMatch(/^uade_locale=kk;/);
    // A framed page or a script's fetch is served from the same entry without the cookie.
    for (const destination of ["iframe", "empty"]) {
      const answer = await get("/kk/commitments", { cookie: "uade_locale=ru", "sec-fetch-dest": destination });
      expect(answer.headers["x-uade-cache"]).toBe("hit");
      expect(answer.headers["set-cookie"]).toBeUndefined();
      const revalidated = await get("/kk/commitments", {
        cookie: "uade_locale=ru",
        "sec-fetch-dest": destination,
        "if-none-match": String(answer.headers.etag),
      });
      expect(revalidated.status).toBe(304);
      expect(revalidated.headers["set-cookie"]).toBeUndefined();
    }
    expect((await get("/api/v1/commitments")).headers["set-cookie"]).toBeUndefined();
    await get("/en/reports");
    const other = await get("/en/reports");
    expect(other.headers["x-uade-cache"]).toBeUndefined();
    expect(other.headers["set-cookie"]).toEqual(["tracker=1; Path=/"]);
  });

  it("marks a language redirect private and varying by cookie and browser language", async () => {
    const redirect = await get("/commitments", { "accept-language": "ru" });
    expect([redirect.status, redirect.headers["cache-control"], redirect.headers.vary]).toEqual([
      307,
      "private, no-cache",
      "Cookie, Accept-Language",
    ]);
  });

  it("keeps a 404 for a missing commitment and lets a response too large to keep stream through", async () => {
    expect((await get("/en/commitments/missing")).status).toBe(404);
    expect((await get("/en/commitments/missing")).headers["x-uade-cache"]).toBe("hit");
    const large = await get("/export/history.csv");
    expect(large.body.length).toBe(200 * 1024);
    expect(large.headers["x-uade-cache"]).toBeUndefined();
  });

  it("stays within its byte bound and answers hostile query strings without a 5xx", async () => {
    const statuses = new Set<number>();
    for (let batch = 0; batch < 10; batch += 1) {
      const answers = await Promise.all(
        Array.from({ length: 50 }, (_, index) =>
          get(
            `/en/commitments?q=${batch}-${index}-${Math.random()}&${Math.random()}=1&page=%E0%A4%A&sort=%FF%FE&x=${"%".repeat(50)}`,
          ),
        ),
      );
      for (const answer of answers) statuses.add(answer.status);
    }
    expect([...statuses]).toEqual([200]);
    const stats = handler.stats();
    expect(stats.bytes).toBeLessThanOrEqual(512 * 1024);
    expect(stats.evictions).toBeGreaterThan(0);
    expect((await get(`/en/commitments?q=${"a".repeat(5_000)}`)).headers["x-uade-cache"]).toBeUndefined();
  });
});
