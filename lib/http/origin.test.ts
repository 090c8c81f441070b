import { describe, expect, it } from "vitest";
import { POST as postFollow } from "@/app/api/notifications/follow/route";
import { db } from "@/lib/db/client";
import { getSiteUrl } from "@/lib/site-url";
import { isCrossSiteRequest, isSameOriginRequest } from "./origin";

const request = (headers: Record<string, string>) => new Headers(headers);
const site = "https://uade.example.org";

describe("the cross-site request check", () => {
  it("accepts the configured public address, whatever the Host header says", () => {
    expect(isSameOriginRequest(request({ origin: "https://uade.example.org", host: "internal:3000" }), site)).toBe(
      true,
    );
    expect(isSameOriginRequest(request({ origin: "https://uade.example.org" }), `${site}/`)).toBe(true);
  });

  it("attack: an Origin that matches a forged Host header is refused", () => {
    expect(isSameOriginRequest(request({ origin: "http://evil.example", host: "evil.example" }), site)).toBe(false);
    expect(isSameOriginRequest(request({ origin: "http://127.0.0.1:3200", host: "127.0.0.1:3200" }), site)).toBe(false);
  });

  it("refuses a foreign origin, Origin: null, a missing origin and look-alikes", () => {
    expect(isSameOriginRequest(request({ origin: "https://evil.example", host: "uade.example.org" }), site)).toBe(
      false,
    );
    expect(isSameOriginRequest(request({ origin: "null", host: "uade.example.org" }), site)).toBe(false);
    expect(isSameOriginRequest(request({ host: "uade.example.org" }), site)).toBe(false);
    expect(isSameOriginRequest(request({ origin: "https://uade.example.org.evil.example", host: "x" }), site)).toBe(
      false,
    );
    expect(isSameOriginRequest(request({ origin: "http://uade.example.org", host: "uade.example.org" }), site)).toBe(
      false,
    );
    expect(isSameOriginRequest(request({ origin: "https://uade.example.org/path", host: "x" }), site)).toBe(false);
    expect(isSameOriginRequest(request({ origin: "HTTPS://UADE.EXAMPLE.ORG", host: "x" }), site)).toBe(false);
  });
});

describe("attack: a cross-site post to the follow form", () => {
  it("is told apart by Sec-Fetch-Site or a foreign Origin; scripts sending neither pass", () => {
    expect(isCrossSiteRequest(request({ "sec-fetch-site": "cross-site", origin: site }), site)).toBe(true);
    expect(isCrossSiteRequest(request({ "sec-fetch-site": "same-site" }), site)).toBe(true);
    expect(isCrossSiteRequest(request({ origin: "https://evil.example" }), site)).toBe(true);
    expect(isCrossSiteRequest(request({ origin: "null" }), site)).toBe(true);
    expect(isCrossSiteRequest(request({ "sec-fetch-site": "same-origin", origin: site }), site)).toBe(false);
    expect(isCrossSiteRequest(request({ "sec-fetch-site": "none" }), site)).toBe(false);
    expect(isCrossSiteRequest(request({}), site)).toBe(false);
  });

  it("is refused with 403 before anything is read; the same post from the site itself goes through", async () => {
    const form = (email: string) =>
      new URLSearchParams({ email, locale: "en", scope: "ALL", frequency: "DAILY" }).toString();
    const post = (email: string, headers: Record<string, string>) =>
      postFollow(
        new Request(`${getSiteUrl()}/api/notifications/follow`, {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
          body: form(email),
        }),
      );
    const forged = await post("victim@example.org", { origin: "https://evil.example", "sec-fetch-site": "cross-site" });
    expect(forged.status).toBe(403);
    expect(forged.headers.get("location")).toBeNull();
    expect(await db.subscription.count({ where: { email: "victim@example.org" } })).toBe(0);
    const own = await post("reader@example.org", { origin: getSiteUrl(), "sec-fetch-site": "same-origin" });
    expect(own.status).toBe(303);
    // It reached the follow request (mail is not configured in tests: "unavailable").
    expect(own.headers.get("location")).toMatch(/outcome=unavailable/);
  });
});
