import { describe, expect, it } from "vitest";
import { isSameOriginRequest } from "./origin";

const request = (headers: Record<string, string>) => new Headers(headers);

describe("the cross-site request check", () => {
  it("accepts the site's own origin, from the public address or the Host header", () => {
    expect(isSameOriginRequest(request({ origin: "https://uade.example.org", host: "internal:3000" }), "https://uade.example.org")).toBe(true);
    expect(isSameOriginRequest(request({ origin: "http://127.0.0.1:3200", host: "127.0.0.1:3200" }), undefined)).toBe(true);
  });

  it("refuses a foreign origin, Origin: null, a missing origin and look-alikes", () => {
    const site = "https://uade.example.org";
    expect(isSameOriginRequest(request({ origin: "https://evil.example", host: "uade.example.org" }), site)).toBe(false);
    expect(isSameOriginRequest(request({ origin: "null", host: "uade.example.org" }), site)).toBe(false);
    expect(isSameOriginRequest(request({ host: "uade.example.org" }), site)).toBe(false);
    expect(isSameOriginRequest(request({ origin: "https://uade.example.org.evil.example", host: "x" }), site)).toBe(false);
    expect(isSameOriginRequest(request({ origin: "http://uade.example.org", host: "uade.example.org" }), site)).toBe(false);
    expect(isSameOriginRequest(request({ origin: "https://uade.example.org/path", host: "x" }), site)).toBe(false);
  });
});
