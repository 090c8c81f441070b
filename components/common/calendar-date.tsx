import { getFormatter } from "next-intl/server";
import { formatCalendarDate } from "@/lib/calendar";

/** A stored calendar day (00:00 UTC) as a <time> element, in the reader's language. */
export async function CalendarDate({ date }: { date: Date }) {
  const format = await getFormatter();
  // Calendar days are stored at midnight UTC; formatting in UTC keeps them on the right day.
  return <time dateTime={formatCalendarDate(date)}>{format.dateTime(date, { dateStyle: "long", timeZone: "UTC" })}</time>;
}
