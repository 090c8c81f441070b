import { afterEach, describe, expect, it, vi } from "vitest";
import {
  calendarDayOf,
  formatZonedMinute,
  isOverdue,
  isTimeZone,
  overdueWhere,
  parseCalendarDate,
  timeZone,
  today,
  todayIso,
} from "./calendar";

const day = (iso: string) => parseCalendarDate(iso);

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

describe("today, in the one time zone", () => {
  // Kazakhstan is UTC+5 (one zone since March 2024): 19:00–24:00 UTC is already tomorrow there.
  it.each([
    ["23:30 in Almaty", "2026-12-01T18:30:00Z", "2026-12-01"],
    ["00:30 in Almaty (19:30 UTC)", "2026-12-01T19:30:00Z", "2026-12-02"],
    ["21:30 UTC", "2026-12-01T21:30:00Z", "2026-12-02"],
    ["09:00 UTC", "2026-12-01T09:00:00Z", "2026-12-01"],
  ])("at %s it is %s there", (_label, instant, expected) => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(instant));
    expect(todayIso()).toBe(expected);
    expect(today().toISOString()).toBe(`${expected}T00:00:00.000Z`);
  });

  it("follows TIME_ZONE when it is set", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-12-01T19:30:00Z"));
    vi.stubEnv("TIME_ZONE", "UTC");
    expect(timeZone()).toBe("UTC");
    expect(todayIso()).toBe("2026-12-01");
    vi.stubEnv("TIME_ZONE", "America/New_York");
    expect(todayIso()).toBe("2026-12-01");
    expect(calendarDayOf(new Date("2026-12-02T03:00:00Z"))).toBe("2026-12-01");
  });

  it("knows real zone names and refuses others", () => {
    expect(isTimeZone("Asia/Almaty")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Asia/Atlantis")).toBe(false);
    expect(isTimeZone("")).toBe(false);
  });

  it("shows an instant's minute in the zone", () => {
    expect(formatZonedMinute(new Date("2026-12-01T19:30:00Z"), "Asia/Almaty")).toBe("2026-12-02 00:30");
    expect(formatZonedMinute(new Date("2026-12-01T19:30:00Z"), "UTC")).toBe("2026-12-01 19:30");
  });
});

describe("overdue", () => {
  const onDay = day("2026-11-22");

  it("is false without a target date", () => {
    expect(isOverdue({ targetDate: null, assessment: "NOT_STARTED" }, onDay)).toBe(false);
  });
  it("is true once the target date has passed and the commitment is not implemented", () => {
    expect(isOverdue({ targetDate: day("2026-11-21"), assessment: "PARTIALLY_IMPLEMENTED" }, onDay)).toBe(true);
  });
  it("is false on the target day itself", () => {
    expect(isOverdue({ targetDate: day("2026-11-22"), assessment: "NOT_STARTED" }, onDay)).toBe(false);
  });
  it("is false when implemented, however late", () => {
    expect(isOverdue({ targetDate: day("2016-12-31"), assessment: "IMPLEMENTED" }, onDay)).toBe(false);
  });
  it("turns at midnight in Almaty, not at midnight UTC", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const dueYesterdayThere = { targetDate: day("2026-12-01"), assessment: "NOT_STARTED" };
    vi.setSystemTime(new Date("2026-12-01T18:30:00Z"));
    expect(isOverdue(dueYesterdayThere)).toBe(false);
    vi.setSystemTime(new Date("2026-12-01T19:30:00Z"));
    expect(isOverdue(dueYesterdayThere)).toBe(true);
  });
  it("is the same rule as the database filter", () => {
    expect(overdueWhere(onDay)).toEqual({ targetDate: { lt: onDay }, assessment: { notIn: ["IMPLEMENTED"] } });
  });
});
