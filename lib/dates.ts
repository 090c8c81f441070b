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

/** Formats a stored calendar date as ISO "YYYY-MM-DD" (the form used in CSV and the API). */
export function formatCalendarDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
