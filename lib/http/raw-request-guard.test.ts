import { describe, expect, it } from "vitest";
import { MAX_ACTION_BODY_BYTES } from "./limits";
import { guardRawRequest, guardServerActionBody } from "./raw-request-guard";

const SITE = "http://127.0.0.1:3102";
const ACTION = "7f".repeat(21);
const status = (method: string, url: string, headers: Record<string, string> = {}) =>
  guardRawRequest(method, url, headers, SITE)?.status ?? "passes";
const action = (headers: Record<string, string>) => ({
  origin: SITE,
  "next-action": ACTION,
  "content-type": "text/plain;charset=UTF-8",
  ...headers,
});

describe("attack: malformed raw requests are refused before the framework parses them", () => {
  it.each([
    ["/api/v1/commitments/%FF"],
    ["/en/commitments/%C0%AE"],
    ["/commitments/%FF/feed.xml"],
    ["/api/manage/%FF"],
    ["/ru/%E0%A4%A"],
    ["/kk/commitments/%"],
  ])("invalid percent-encoding %s: 400", (url) => {
    expect(status("GET", url)).toBe(400);
  });

  it.each([["/en/commitments/a%00b"], ["/api/v1/commitments/%EF%BF%BE"]])(
    "a path decoding to NUL or a non-character %s: 400",
    (url) => {
      expect(status("GET", url)).toBe(400);
    },
  );

  it("lets ordinary addresses through, Cyrillic and queries included", () => {
    for (const url of [
      "/",
      "/ru/commitments?q=%D0%BF%D1%8B%D1%82%D0%BA%D0%B8&page=2",
      "/api/v1/commitments/ratify-cat?lang=kk",
      "/export/commitments.csv",
      "/q?x=%FF",
    ]) {
      expect(status("GET", url)).toBe("passes");
    }
  });

  it("cross-site server actions: 403 for a foreign, null or missing Origin, and for one matching only a forged Host", () => {
    expect(status("POST", "/en/manage", action({ origin: "https://evil.example" }))).toBe(403);
    expect(status("POST", "/en/manage", action({ origin: "null" }))).toBe(403);
    expect(status("POST", "/en/manage", { "next-action": ACTION, "content-type": "text/plain" })).toBe(403);
    expect(status("POST", "/en/manage", action({ origin: "http://evil.example", host: "evil.example" }))).toBe(403);
    expect(
      status("POST", "/en/manage/import", {
        origin: "https://evil.example",
        "content-type": "multipart/form-data; boundary=x",
      }),
    ).toBe(403);
  });

  it("malformed server-action headers: 400; a declared body over the limit: 413", () => {
    expect(status("POST", "/en/manage", action({ "next-action": "not-an-id" }))).toBe(400);
    expect(status("POST", "/en/manage", action({ "content-type": "application/json" }))).toBe(400);
    expect(status("POST", "/en/manage", action({ "content-length": "-5" }))).toBe(400);
    expect(
      status(
        "POST",
        "/en/manage/import",
        action({
          "content-type": "multipart/form-data; boundary=x",
          "content-length": String(MAX_ACTION_BODY_BYTES + 1),
        }),
      ),
    ).toBe(413);
    expect(
      status(
        "POST",
        "/en/manage/import",
        action({ "content-type": "multipart/form-data; boundary=x", "content-length": String(5 * 1024 * 1024 + 2000) }),
      ),
    ).toBe("passes");
  });

  it("leaves data addresses' POSTs to their own handlers (they check Origin and size themselves)", () => {
    expect(
      status("POST", "/api/manage/status.update", {
        origin: "https://evil.example",
        "content-type": "application/json",
      }),
    ).toBe("passes");
    expect(
      status("POST", "/api/auth/callback/credentials", { "content-type": "application/x-www-form-urlencoded" }),
    ).toBe("passes");
  });
});

describe("attack: malformed server-action bodies are refused with 400, not 500", () => {
  const post = (body: BodyInit, headers: Record<string, string>) =>
    new Request(`${SITE}/en/manage`, { method: "POST", body, headers });
  const multipart = (fields: Record<string, string>) => {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    return form;
  };
  const asRequest = async (form: FormData, headers: Record<string, string>) => {
    const encoded = new Response(form);
    return post(await encoded.arrayBuffer(), { ...headers, "content-type": encoded.headers.get("content-type") ?? "" });
  };

  it.each([
    ["multipart without field 0", () => asRequest(multipart({ "1": "x" }), { "next-action": ACTION })],
    ["garbage in field 0", () => asRequest(multipart({ "0": "{not json" }), { "next-action": ACTION })],
    [
      "text/plain that is not JSON",
      async () => post("garbage(", { "next-action": ACTION, "content-type": "text/plain;charset=UTF-8" }),
    ],
    [
      "a multipart body that does not parse",
      async () =>
        post("--x\r\nnot a part", { "next-action": ACTION, "content-type": "multipart/form-data; boundary=x" }),
    ],
    ["a form post with no action fields", () => asRequest(multipart({ title: "x" }), {})],
  ])("%s", async (_name, build) => {
    expect(await guardServerActionBody(await build())).toMatchObject({ status: 400 });
  });

  it("a truncated body (shorter than its Content-Length): 400", async () => {
    const request = post('["$K1"]', { "next-action": ACTION, "content-type": "text/plain", "content-length": "500" });
    expect(await guardServerActionBody(request)).toMatchObject({ status: 400 });
  });

  it("lets well-formed action bodies through", async () => {
    expect(
      await guardServerActionBody(
        post('["$K1"]', { "next-action": ACTION, "content-type": "text/plain;charset=UTF-8" }),
      ),
    ).toBeNull();
    expect(
      await guardServerActionBody(
        await asRequest(multipart({ "0": '["$K1"]', "1_title": "x" }), { "next-action": ACTION }),
      ),
    ).toBeNull();
    expect(
      await guardServerActionBody(await asRequest(multipart({ [`$ACTION_ID_${ACTION}`]: "", title: "x" }), {})),
    ).toBeNull();
  });
});
