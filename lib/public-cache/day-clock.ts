import { calendarDayOf } from "@/lib/calendar";

// Today's date (TIME_ZONE) on every request, without formatting a date in a time zone on every
// request (the costliest step of a cache hit): the day is worked out once, with the instant the
// next one starts, and reused until then. A clock set back (tests, faketime) is noticed too.

const HOUR = 3_600_000;

/** The first instant after `from` (ms) whose calendar day differs from `day`, to the millisecond. */
function nextDayStart(from: number, day: string, dayOf: (ms: number) => string): number {
  let low = from;
  let high = from + 2 * HOUR;
  while (dayOf(high) === day) high += 2 * HOUR;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (dayOf(middle) === day) low = middle;
    else high = middle;
  }
  return high;
}

/** Returns a function giving today's "YYYY-MM-DD", exactly as lib/calendar.ts's todayIso() would. */
export function createDayClock(
  now: () => number = Date.now,
  dayOf: (ms: number) => string = (ms) => calendarDayOf(new Date(ms)),
): () => string {
  let day = "";
  let since = Number.POSITIVE_INFINITY;
  let until = Number.NEGATIVE_INFINITY;
  return () => {
    const instant = now();
    if (instant < since || instant >= until) {
      day = dayOf(instant);
      since = instant;
      until = nextDayStart(instant, day, dayOf);
    }
    return day;
  };
}
