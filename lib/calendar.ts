import type { Prisma } from "@/lib/generated/prisma/client";

// The one calendar. Every "what day is it?" in the product is answered here, in one time zone
// (TIME_ZONE, default Asia/Almaty), so editor forms, reports, snapshots, overdue flags, imports and
// feeds never disagree about "today" — they did when some used UTC (19:00–24:00 UTC is already
// tomorrow in Kazakhstan).
//
// Two kinds of time are stored:
// - calendar dates (target date, effective date, verification day): a day with no zone, stored as
//   00:00 UTC of that day, and read back with UTC getters;
// - instants (recorded at, created at): UTC, shown to people in TIME_ZONE with the zone named.

export const DEFAULT_TIME_ZONE = "Asia/Almaty";

/** Whether `name` is an IANA time zone this runtime knows (e.g. "Asia/Almaty", "UTC"). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return name.trim() !== "";
  } catch {
    return false;
  }
}

/** The configured zone; an invalid TIME_ZONE is refused at start-up (lib/env.ts), so it is trusted here. */
export function timeZone(): string {
  const configured = process.env.TIME_ZONE?.trim();
  return configured && isTimeZone(configured) ? configured : DEFAULT_TIME_ZONE;
}

/** The clock: the current instant. Tests control it (vi.setSystemTime, faketime); nothing else reads it to pick a day. */
export function currentInstant(): Date {
  return new Date();
}

const isoDayFormatters = new Map<string, Intl.DateTimeFormat>();

function isoDayFormatter(zone: string): Intl.DateTimeFormat {
  let formatter = isoDayFormatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" });
    isoDayFormatters.set(zone, formatter);
  }
  return formatter;
}

/** The calendar day of `instant` in TIME_ZONE, as "YYYY-MM-DD". */
export function calendarDayOf(instant: Date, zone: string = timeZone()): string {
  return isoDayFormatter(zone).format(instant);
}

/** Today in TIME_ZONE, as "YYYY-MM-DD" (form limits, file names, cache keys). */
export function todayIso(now: Date = currentInstant()): string {
  return calendarDayOf(now);
}

/** Today in TIME_ZONE as a stored calendar date (00:00 UTC of that day): compare with target and effective dates. */
export function today(now: Date = currentInstant()): Date {
  return parseCalendarDate(todayIso(now));
}

/** Parses an ISO calendar date ("2024-05-21") to 00:00 UTC of that day; throws on anything else. */
export function parseCalendarDate(value: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${value}`);
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new RangeError(`No such day: ${value}`);
  }
  return date;
}

/** Whether `value` is a real ISO calendar date ("2024-02-30" is not). */
export function isCalendarDate(value: string): boolean {
  try {
    parseCalendarDate(value);
    return true;
  } catch {
    return false;
  }
}

/** Formats a stored calendar date as ISO "YYYY-MM-DD" (the form used in CSV and the API). */
export function formatCalendarDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The stored calendar date `days` after (or before, when negative) `date`. */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/**
 * The earliest day a status change can take effect: Kazakhstan's independence (16 December 1991).
 * No commitment of this state can have changed before it existed.
 */
export const EARLIEST_EFFECTIVE_DAY = "1991-12-16";

/** Assessments that count as delivered; a commitment in any other state can be overdue. */
const DELIVERED_ASSESSMENTS = ["IMPLEMENTED"] as const;

/** Overdue is derived, never stored: the target date is before today (TIME_ZONE) and the commitment is not implemented. */
export function isOverdue(commitment: { targetDate: Date | null; assessment: string }, onDay: Date = today()): boolean {
  if (!commitment.targetDate) return false;
  if ((DELIVERED_ASSESSMENTS as readonly string[]).includes(commitment.assessment)) return false;
  return commitment.targetDate.getTime() < onDay.getTime();
}

/** The same rule as `isOverdue`, as a database filter. */
export function overdueWhere(onDay: Date): Prisma.CommitmentWhereInput {
  return { targetDate: { lt: onDay }, assessment: { notIn: [...DELIVERED_ASSESSMENTS] } };
}

/** An instant as "YYYY-MM-DD HH:mm" in TIME_ZONE (audit tables, import history), without the zone's name. */
export function formatZonedMinute(instant: Date, zone: string = timeZone()): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      timeZone: zone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}
