import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

describe("the client address used for throttling", () => {
  it("takes the proxy-written first entry only when the proxy is trusted", () => {
    expect(clientAddress("203.0.113.9, 10.0.0.2", true)).toBe("203.0.113.9");
  });

  it("ignores entries a client prepended when no proxy is trusted", () => {
    expect(clientAddress("1.2.3.4, 198.51.100.7", false)).toBe("198.51.100.7");
    expect(clientAddress(undefined, false)).toBe("unknown");
    expect(clientAddress("x".repeat(500), false)).toHaveLength(64);
  });
});
