import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServerHandler } from "@/lib/public-cache/handler";
import { createUpstreamHandler, type UpstreamHandler } from "./upstream";

// The front server's relay to the render process (scripts/server.ts), against a stand-in render
// process: a real separate Node process on a Unix socket, which can also hold its own CPU busy the
// way a large render does.

const RENDERER = String.raw`
const http = require("node:http");
const server = http.createServer((request, response) => {
  const url = new URL(request.url, "http://x");
  if (url.pathname === "/busy") {
    process.send({ type: "busy" });
    const until = Date.now() + Number(url.searchParams.get("ms"));
    while (Date.now() < until) {}
    response.end("done");
    return;
  }
  if (url.pathname === "/hang") {
    process.send({ type: "hang" });
    request.on("close", () => process.send({ type: "hang-closed" }));
    response.write("first part ");
    return;
  }
  if (url.pathname === "/en/commitments") {
    response.setHeader("content-type", "text/html; charset=utf-8");
    response.end("<html>the list</html>");
    return;
  }
  if (url.pathname === "/stream") {
    response.setHeader("content-type", "text/csv; charset=utf-8");
    let sent = 0;
    const next = () => {
      while (sent < 300) {
        sent += 1;
        if (!response.write("row " + sent + "\n")) return response.once("drain", next);
      }
      response.end();
    };
    return next();
  }
  const chunks = [];
  request.on("data", (chunk) => chunks.push(chunk));
  request.on("end", () => {
    response.setHeader("content-type", "application/json");
    response.setHeader("set-cookie", ["a=1; Path=/", "b=2; Path=/"]);
    response.setHeader("x-render", "yes");
    response.writeHead(201, "Made");
    response.end(JSON.stringify({
      method: request.method,
      url: request.url,
      headers: request.headers,
      body: Buffer.concat(chunks).toString("utf8"),
    }));
  });
});
server.listen(process.env.SOCKET, () => process.send({ type: "ready" }));
process.on("disconnect", () => process.exit(0));
`;

let directory = "";
let socketPath = "";
let renderer: ChildProcess;
let upstream: UpstreamHandler;
let front: http.Server;
let base = "";
const messages: string[] = [];

function waitForMessage(type: string): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (messages.includes(type)) resolve();
      else setTimeout(check, 10);
    };
    check();
  });
}

beforeAll(async () => {
  directory = mkdtempSync(path.join(os.tmpdir(), "uade-upstream-test-"));
  socketPath = path.join(directory, "render.sock");
  renderer = spawn(process.execPath, ["-e", RENDERER], {
    env: { ...process.env, SOCKET: socketPath },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  renderer.on("message", (message: { type: string }) => messages.push(message.type));
  await waitForMessage("ready");
  upstream = createUpstreamHandler({
    socketPath,
    unavailable: (response) => {
      response.writeHead(503, { "retry-after": "5" });
      response.end("restarting");
    },
    onError: () => undefined,
  });
  const handler = createServerHandler({
    handle: upstream,
    versionReader: { read: () => "epoch.1", close: () => undefined },
    today: () => "2026-12-08",
    settings: { isEnabled: true, maxBytes: 1024 * 1024, cacheControl: "public", canonicalHost: "localhost:3000" },
    onError: () => undefined,
  });
  front = http.createServer((request, response) => void handler(request, response));
  await new Promise<void>((resolve) => front.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(front.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => {
    front.closeAllConnections();
    front.close(() => resolve());
  });
  upstream.close();
  renderer.kill();
  rmSync(directory, { recursive: true, force: true });
});

describe("the front server's relay to the render process", () => {
  it("passes the method, address, headers and body, and returns status, reason, headers and body", async () => {
    const response = await fetch(`${base}/api/manage/status.update?x=1`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-uade-client-address": "6.6.6.6", cookie: "s=1" },
      body: JSON.stringify({ note: "Жаңа мәтін" }),
    });
    expect(response.status).toBe(201);
    expect(response.statusText).toBe("Made");
    expect(response.headers.get("x-render")).toBe("yes");
    expect(response.headers.getSetCookie()).toEqual(["a=1; Path=/", "b=2; Path=/"]);
    const echoed = (await response.json()) as {
      method: string;
      url: string;
      headers: Record<string, string>;
      body: string;
    };
    expect(echoed.method).toBe("POST");
    expect(echoed.url).toBe("/api/manage/status.update?x=1");
    expect(echoed.body).toBe(JSON.stringify({ note: "Жаңа мәтін" }));
    expect(echoed.headers.cookie).toBe("s=1");
    expect(echoed.headers.host).toBe(new URL(base).host);
    // The client's own x-uade-* header is replaced by the socket's address, as before the relay.
    expect(echoed.headers["x-uade-client-address"]).toMatch(/127\.0\.0\.1$/);
  });

  it("streams a long answer through", async () => {
    const response = await fetch(`${base}/stream`, { headers: { cookie: "next-auth.session-token=x" } });
    const text = await response.text();
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(text.split("\n").filter(Boolean)).toHaveLength(300);
    expect(text.endsWith("row 300\n")).toBe(true);
  });

  it("answers cached pages while the render process is busy rendering", async () => {
    // The cache holds /en/commitments (rendered once), then the render process holds its CPU.
    const first = await fetch(`${base}/en/commitments`);
    expect(first.headers.get("x-uade-cache")).toBe("miss");
    await first.text();
    const order: string[] = [];
    const busy = fetch(`${base}/busy?ms=1500`, { headers: { cookie: "next-auth.session-token=x" } }).then(
      async (response) => {
        await response.text();
        order.push("busy render finished");
      },
    );
    await waitForMessage("busy");
    for (let probe = 0; probe < 3; probe += 1) {
      const cached = await fetch(`${base}/en/commitments`);
      expect(cached.headers.get("x-uade-cache")).toBe("hit");
      await cached.text();
      order.push("cached page answered");
    }
    await busy;
    expect(order).toEqual([
      "cached page answered",
      "cached page answered",
      "cached page answered",
      "busy render finished",
    ]);
  });

  it("stops the render when the reader goes away", async () => {
    const controller = new AbortController();
    const response = await fetch(`${base}/hang`, {
      headers: { cookie: "next-auth.session-token=x" },
      signal: controller.signal,
    });
    const reader = response.body?.getReader();
    expect(new TextDecoder().decode((await reader?.read())?.value)).toBe("first part ");
    controller.abort();
    await waitForMessage("hang-closed");
    expect(messages).toContain("hang-closed");
  });

  it("answers 503 with the front's message when the render process is down", async () => {
    const down = createUpstreamHandler({
      socketPath: path.join(directory, "nobody-listens.sock"),
      unavailable: (response) => {
        response.writeHead(503, { "retry-after": "5" });
        response.end("restarting");
      },
    });
    const server = http.createServer((request, response) => void down(request, response));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/en/manage`, {
      method: "POST",
      body: "x=1",
    });
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(await response.text()).toBe("restarting");
    down.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
});
