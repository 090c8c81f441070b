import { describe, expect, it } from "vitest";
import { isSameOriginRequest } from "./origin";

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
