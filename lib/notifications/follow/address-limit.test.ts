import { describe, expect, it } from "vitest";
import { FollowLimiter } from "./address-limit";

describe("FollowLimiter", () => {
  it("lets one address make 3 requests an hour (in this test), refuses the 4th, and lets it go on once the hour has passed", () => {
    const limiter = new FollowLimiter(3, 100);
    const start = Date.UTC(2026, 11, 2, 9);
    expect([0, 1, 2, 3].map((minute) => limiter.take("203.0.113.5", start + minute * 60_000))).toEqual([
      true,
      true,
      true,
      false,
    ]);
    // Another address is not affected.
    expect(limiter.take("198.51.100.7", start + 5 * 60_000)).toBe(true);
    // A refused request is not counted: an hour after the first, one slot is free again.
    expect(limiter.take("203.0.113.5", start + 60 * 60_000 + 1)).toBe(true);
    expect(limiter.take("203.0.113.5", start + 60 * 60_000 + 2)).toBe(false);
  });

  it("caps everyone together, so a flood from many addresses is bounded too", () => {
    const limiter = new FollowLimiter(5, 10);
    const now = Date.UTC(2026, 11, 2, 9);
    const answers = Array.from({ length: 12 }, (_, index) => limiter.take(`192.0.2.${index}`, now + index));
    expect(answers.filter(Boolean)).toHaveLength(10);
    expect(answers.slice(10)).toEqual([false, false]);
  });

  it("puts requests whose address is unknown in one shared bucket", () => {
    const limiter = new FollowLimiter(2, 100);
    const now = Date.UTC(2026, 11, 2, 9);
    expect([limiter.take(null, now), limiter.take(null, now + 1), limiter.take(null, now + 2)]).toEqual([
      true,
      true,
      false,
    ]);
  });
});
