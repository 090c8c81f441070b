import type { LookupFunction } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixed, startTestServer, type TestServer } from "@/tests/support/http-test-server";
import { isAllowedReceiver } from "@/lib/webhooks/mutations";
import { isAllowedAddress } from "./address-policy";
import { SafeFetchError } from "./errors";
import { UADE_USER_AGENT, safeFetch, type SafeFetchOptions } from "./fetch";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer(3140);
});
afterAll(() => server.close());

const LOOPBACK_ALLOWED: SafeFetchOptions = {
  loopbackOnly: true,
  maxBytes: 1_000_000,
  timeoutMs: 2_000,
  maxRedirects: 3,
};
const PUBLIC_ONLY: SafeFetchOptions = { ...LOOPBACK_ALLOWED, loopbackOnly: false };

async function read(url: string, options: SafeFetchOptions = LOOPBACK_ALLOWED) {
  const response = await safeFetch(url, options);
  const chunks: Buffer[] = [];
  for await (const chunk of response.body) chunks.push(chunk);
  return { ...response, text: Buffer.concat(chunks).toString("utf8") };
}

async function reasonOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SafeFetchError) return error.reason;
    throw error;
  }
  return "no error";
}

/** A DNS stand-in: every name resolves to `address` (no query leaves the machine). */
function resolvesTo(address: string, family: 4 | 6 = 4): LookupFunction {
  return ((_hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  }) as unknown as LookupFunction;
}

describe("safe fetching", () => {
  it("fetches from the test server with the product's user agent", async () => {
    let agent = "";
    server.routes.set("/page", (request, response) => {
      agent = request.headers["user-agent"] ?? "";
      response.writeHead(200, { "content-type": "text/plain" }).end("hello");
    });
    const result = await read(`${server.origin}/page`);
    expect(result).toMatchObject({ status: 200, text: "hello", remoteAddress: "127.0.0.1" });
    expect(agent).toBe(UADE_USER_AGENT);
    expect(agent).toMatch(/^Uade\//);
  });

  it.each([
    ["loopback by address", "http://127.0.0.1:3140/page"],
    ["loopback by name", "http://localhost:3140/page"],
    ["IPv6 loopback", "http://[::1]:3140/page"],
  ])("refuses %s unless the test setting allows loopback", async (_label, url) => {
    const before = server.requests.length;
    expect(await reasonOf(read(url, PUBLIC_ONLY))).toBe("refused-address");
    expect(server.requests.length).toBe(before);
  });

  it.each([
    "http://10.0.0.1/",
    "http://172.16.5.4/",
    "http://192.168.1.1/",
    "http://169.254.169.254/latest/meta-data/",
    "http://100.100.100.200/",
    "http://224.0.0.1/",
    "http://0.0.0.0/",
    "http://[fd00::1]/",
    "http://[fe80::1]/",
    "http://[ff02::1]/",
    "http://[::ffff:127.0.0.1]/",
    "http://[::ffff:a9fe:a9fe]/",
  ])("refuses %s in either mode (no connection is attempted)", async (url) => {
    expect(await reasonOf(read(url, PUBLIC_ONLY))).toBe("refused-address");
    expect(await reasonOf(read(url))).toBe("refused-address");
  });

  it.each([
    ["10.1.2.3", 4],
    ["169.254.169.254", 4],
    ["fd12:3456::1", 6],
    ["::1", 6],
  ] as const)("refuses a DNS answer pointing to %s", async (address, family) => {
    expect(
      await reasonOf(read("http://intranet.example/", { ...PUBLIC_ONLY, lookup: resolvesTo(address, family) })),
    ).toBe("refused-address");
  });

  it("in the test mode refuses every host but loopback before any DNS query", async () => {
    let isLookedUp = false;
    const lookup = ((...args: unknown[]) => {
      isLookedUp = true;
      (args[2] as (error: Error) => void)(new Error("no DNS in this test"));
    }) as unknown as LookupFunction;
    expect(await reasonOf(read("https://un.org/doc", { ...LOOPBACK_ALLOWED, lookup }))).toBe("refused-address");
    expect(isLookedUp).toBe(false);
  });

  it.each([
    ["ftp://example.org/file", "unsupported-scheme"],
    ["file:///etc/passwd", "unsupported-scheme"],
    ["https://user:secret@example.org/", "credentials-in-url"],
    ["not a url", "invalid-url"],
  ])("refuses %s before any request", async (url, reason) => {
    expect(await reasonOf(read(url))).toBe(reason);
  });

  it.each([
    ["http://169.254.169.254/latest/meta-data/", "refused-address"],
    ["http://10.0.0.8/admin", "refused-address"],
    ["http://[fd00::8]/", "refused-address"],
    ["file:///etc/passwd", "unsupported-scheme"],
    ["http://admin:pw@127.0.0.1:3140/page", "credentials-in-url"],
  ])("refuses a redirect to %s", async (target, reason) => {
    server.routes.set("/hop", fixed("", { location: target }, 302));
    expect(await reasonOf(read(`${server.origin}/hop`))).toBe(reason);
  });

  it("follows redirects within the limit and reports the final URL", async () => {
    server.routes.set("/old", fixed("", { location: "/new" }, 301));
    server.routes.set("/new", fixed("moved here", { "content-type": "text/plain" }));
    expect(await read(`${server.origin}/old`)).toMatchObject({ url: `${server.origin}/new`, text: "moved here" });
  });

  it("stops redirect loops and chains longer than the limit", async () => {
    server.routes.set("/loop-a", fixed("", { location: "/loop-b" }, 302));
    server.routes.set("/loop-b", fixed("", { location: "/loop-a" }, 302));
    expect(await reasonOf(read(`${server.origin}/loop-a`))).toBe("redirect-loop");
    for (let step = 0; step < 6; step += 1)
      server.routes.set(`/chain-${step}`, fixed("", { location: `/chain-${step + 1}` }, 307));
    expect(await reasonOf(read(`${server.origin}/chain-0`))).toBe("too-many-redirects");
  });

  it("gives up at the deadline when the server never answers or drips the body", async () => {
    server.routes.set("/silent", () => {});
    server.routes.set("/drip", (_request, response) => {
      response.writeHead(200, { "content-type": "text/plain" });
      const timer = setInterval(() => response.write("."), 100);
      response.on("close", () => clearInterval(timer));
    });
    const options = { ...LOOPBACK_ALLOWED, timeoutMs: 400 };
    const started = Date.now();
    expect(await reasonOf(read(`${server.origin}/silent`, options))).toBe("timeout");
    expect(await reasonOf(read(`${server.origin}/drip`, options))).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it("refuses a body announced as 5 GB without reading it, and an endless one at the cap", async () => {
    server.routes.set("/huge", (_request, response) => {
      response.writeHead(200, { "content-type": "application/pdf", "content-length": String(5 * 1024 ** 3) });
      response.write(Buffer.alloc(64 * 1024));
    });
    server.routes.set("/endless", (_request, response) => {
      response.writeHead(200, { "content-type": "text/plain" });
      const chunk = Buffer.alloc(64 * 1024, 97);
      const pump = () => {
        while (response.write(chunk)) {
          if (response.destroyed) return;
        }
        response.once("drain", pump);
      };
      response.on("close", () => response.removeAllListeners("drain"));
      pump();
    });
    expect(await reasonOf(read(`${server.origin}/huge`))).toBe("too-large");
    expect(await reasonOf(read(`${server.origin}/endless`))).toBe("too-large");
  });

  it("stops a gzip bomb at the cap on decompressed bytes, and names broken compression", async () => {
    const bomb = zlib.gzipSync(Buffer.alloc(50 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(100_000);
    server.routes.set("/bomb", fixed(bomb, { "content-type": "text/html", "content-encoding": "gzip" }));
    server.routes.set(
      "/broken-gzip",
      fixed(Buffer.from("this is not gzip at all"), { "content-type": "text/html", "content-encoding": "gzip" }),
    );
    server.routes.set(
      "/small-gzip",
      fixed(zlib.gzipSync("<p>fine</p>"), { "content-type": "text/html", "content-encoding": "gzip" }),
    );
    expect(await reasonOf(read(`${server.origin}/bomb`))).toBe("too-large");
    expect(await reasonOf(read(`${server.origin}/broken-gzip`))).toBe("bad-encoding");
    expect((await read(`${server.origin}/small-gzip`)).text).toBe("<p>fine</p>");
  });
});

describe("address policy", () => {
  it.each([
    ["8.8.8.8", false, true],
    ["2a00:1450:4001::1", false, true],
    ["8.8.8.8", true, false],
    ["127.0.0.1", false, false],
    ["127.0.0.1", true, true],
    ["::1", true, true],
    ["10.0.0.1", true, false],
    ["169.254.169.254", true, false],
    ["fd00::1", true, false],
    ["::ffff:127.0.0.1", true, false],
    ["255.255.255.255", false, false],
    ["not-an-ip", true, false],
    // IPv6 forms carrying a private IPv4 address (issue 22): judged by the address they carry.
    ["::7f00:1", false, false],
    ["::127.0.0.1", false, false],
    ["::a00:1", false, false],
    ["::ffff:127.0.0.1", false, false],
    ["::ffff:a9fe:a9fe", false, false],
    ["64:ff9b::7f00:1", false, false],
    ["64:ff9b::a9fe:a9fe", false, false],
    ["2002:7f00:1::1", false, false],
    ["2002:c0a8:101::1", false, false],
    ["2001:0:4136:e378:8000:63bf:3fff:fdd2", false, false],
    ["::", false, false],
    ["::1", false, false],
    // … and the same forms of a public address stay allowed (an IPv6-only network reaches IPv4 sites by NAT64).
    ["::ffff:8.8.8.8", false, true],
    ["64:ff9b::808:808", false, true],
    ["2002:808:808::1", false, true],
  ] as const)("%s (test mode: %s) is allowed: %s", (address, loopbackOnly, expected) => {
    expect(isAllowedAddress(address, { loopbackOnly })).toBe(expected);
  });

  it("refuses a webhook receiver at http://[::127.0.0.1]/ and other IPv6 forms of private addresses", () => {
    for (const url of [
      "http://[::127.0.0.1]/",
      "http://[::7f00:1]/",
      "https://[::ffff:10.0.0.1]/",
      "http://[64:ff9b::a9fe:a9fe]/",
    ])
      expect(isAllowedReceiver(url, false)).toBe(false);
    expect(isAllowedReceiver("https://[2606:4700::1111]/hook", false)).toBe(true);
  });
});
