import { getFormatter } from "next-intl/server";
import { formatCalendarDate } from "@/lib/calendar";

type Formatter = Awaited<ReturnType<typeof getFormatter>>;

/** A stored calendar day (00:00 UTC) in the reader's language ("1 декабря 2026 г."), for use inside sentences. */
export function formatCalendarDay(format: Formatter, date: Date): string {
  // Calendar days are stored at midnight UTC; formatting in UTC keeps them on the right day.
  return format.dateTime(date, { dateStyle: "long", timeZone: "UTC" });
}

/** A stored calendar day as a <time> element, in the reader's language. */
export async function CalendarDate({ date }: { date: Date }) {
  const format = await getFormatter();
  return <time dateTime={formatCalendarDate(date)}>{formatCalendarDay(format, date)}</time>;
}
