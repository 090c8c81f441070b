import { describe, expect, it } from "vitest";
import { ByteLru } from "./lru";

const sized = (bytes: number) => ({ bytes });

describe("the byte-bounded LRU", () => {
  it("never holds more bytes than its bound, evicting the least recently used first", () => {
    const lru = new ByteLru<{ bytes: number }>(100);
    for (let index = 0; index < 50; index += 1) lru.set(`k${index}`, sized(30));
    expect(lru.bytes).toBeLessThanOrEqual(100);
    expect(lru.size).toBe(3);
    expect(lru.get("k49")).toBeDefined();
    expect(lru.get("k0")).toBeUndefined();
    expect(lru.set("huge", sized(101))).toBe(false);
  });

  it("keeps entries read twice while a flood of one-off keys passes through", () => {
    const lru = new ByteLru<{ bytes: number }>(1_000);
    for (const key of ["home", "list", "detail"]) {
      lru.set(key, sized(100));
      lru.get(key);
    }
    for (let index = 0; index < 10_000; index += 1) lru.set(`random-${index}`, sized(50));
    expect(["home", "list", "detail"].map((key) => lru.get(key) !== undefined)).toEqual([true, true, true]);
    expect(lru.bytes).toBeLessThanOrEqual(1_000);
  });

  it("replaces an entry under the same key without counting it twice", () => {
    const lru = new ByteLru<{ bytes: number }>(100);
    lru.set("a", sized(60));
    lru.get("a");
    lru.set("a", sized(70));
    expect([lru.size, lru.bytes]).toEqual([1, 70]);
    lru.clear();
    expect([lru.size, lru.bytes]).toEqual([0, 0]);
  });
});
