import { describe, expect, it } from "vitest";
import { calendarDayOf } from "@/lib/calendar";
import { createDayClock } from "./day-clock";

describe("the cache's day clock", () => {
  it("turns to the next day at midnight in TIME_ZONE to the millisecond, and back when the clock is set back", () => {
    let now = Date.parse("2026-12-01T18:59:59.998Z"); // 23:59:59.998 in Asia/Almaty (UTC+5)
    const today = createDayClock(
      () => now,
      (ms) => calendarDayOf(new Date(ms), "Asia/Almaty"),
    );
    expect(today()).toBe("2026-12-01");
    now += 1;
    expect(today()).toBe("2026-12-01");
    now += 1;
    expect(today()).toBe("2026-12-02");
    now = Date.parse("2026-06-01T12:00:00Z");
    expect(today()).toBe("2026-06-01");
  });

  it("follows a zone's daylight-saving change", () => {
    let now = Date.parse("2026-03-28T22:59:59.999Z"); // 23:59:59.999 in Europe/London (UTC+0) before the clocks go forward
    const today = createDayClock(
      () => now,
      (ms) => calendarDayOf(new Date(ms), "Europe/London"),
    );
    expect(today()).toBe("2026-03-28");
    now = Date.parse("2026-03-29T00:00:00.000Z");
    expect(today()).toBe("2026-03-29");
    now = Date.parse("2026-03-29T22:59:59.999Z"); // 23:59:59.999 BST
    expect(today()).toBe("2026-03-29");
    now += 1;
    expect(today()).toBe("2026-03-30");
  });
});
