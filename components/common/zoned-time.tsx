import { getFormatter } from "next-intl/server";
import { timeZone } from "@/lib/calendar";

type Formatter = Awaited<ReturnType<typeof getFormatter>>;

/**
 * An instant (stored in UTC) as a date and time in TIME_ZONE, in the reader's language, with the
 * zone's offset named ("2 дек. 2026 г., 00:30 GMT+5"), so no one mistakes it for UTC or local time.
 */
export function formatZonedDateTime(format: Formatter, instant: Date): string {
  return format.dateTime(instant, {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: timeZone(),
    timeZoneName: "short",
  });
}

/** `formatZonedDateTime` as a <time> element. */
export async function ZonedTime({ instant }: { instant: Date }) {
  const format = await getFormatter();
  return <time dateTime={instant.toISOString()}>{formatZonedDateTime(format, instant)}</time>;
}
