import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, clientAddress } from "./client-address";

const headers = (values: Record<string, string>) => new Headers(values);

describe("the client address used for throttling", () => {
  it("takes the proxy-written first X-Forwarded-For entry only when the proxy is trusted", () => {
    expect(
      clientAddress(headers({ "x-forwarded-for": "203.0.113.9, 10.0.0.2", [CLIENT_ADDRESS_HEADER]: "10.0.0.2" }), true),
    ).toBe("203.0.113.9");
  });

  it("attack: a forged X-Forwarded-For never chooses the bucket without a trusted proxy", () => {
    for (const forged of ["1.2.3.4", "1.2.3.4, 198.51.100.7", "victim-address"]) {
      expect(clientAddress(headers({ "x-forwarded-for": forged, [CLIENT_ADDRESS_HEADER]: "192.0.2.44" }), false)).toBe(
        "192.0.2.44",
      );
      expect(clientAddress({ "x-forwarded-for": forged, [CLIENT_ADDRESS_HEADER]: "::ffff:192.0.2.44" }, false)).toBe(
        "192.0.2.44",
      );
    }
  });

  it("gives null (no per-address bucket) when no trustworthy source is present, and for junk", () => {
    expect(clientAddress(headers({ "x-forwarded-for": "1.2.3.4" }), false)).toBeNull();
    expect(clientAddress(undefined, false)).toBeNull();
    expect(clientAddress(headers({ [CLIENT_ADDRESS_HEADER]: "<script>" }), false)).toBeNull();
    expect(clientAddress(headers({ [CLIENT_ADDRESS_HEADER]: "a".repeat(500) }), false)).toHaveLength(64);
  });
});
