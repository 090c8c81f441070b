// Browsers do not all carry Kazakh locale data: Chromium formats `new Intl.NumberFormat("kk")` as
// "5,000" (English grouping) and a Kazakh long date as "2025 M03 3", while Node and CLDR write
// "5 000" and «2025 ж. 3 наурыз». Numbers and days shown by client components go through these
// helpers so a Kazakh page never shows an English separator or a month number.

/** Kazakh number symbols from CLDR (kk): a no-break space between thousands, a comma before decimals. */
const KAZAKH = { group: "\u00a0", decimal: "," } as const;

/**
 * `value` written as `locale` writes numbers ("5 000" in Kazakh and Russian, "5,000" in English),
 * the same in every browser: Kazakh is built from the English parts with the Kazakh symbols.
 */
export function formatNumber(value: number, locale: string, options?: Intl.NumberFormatOptions): string {
  if (locale !== "kk") return new Intl.NumberFormat(locale, options).format(value);
  return new Intl.NumberFormat("en", options)
    .formatToParts(value)
    .map((part) => (part.type === "group" ? KAZAKH.group : part.type === "decimal" ? KAZAKH.decimal : part.value))
    .join("");
}

/** Kazakh month names (CLDR kk, format context), for the same reason: Chromium has no Kazakh dates either. */
const KAZAKH_MONTHS = [
  "қаңтар",
  "ақпан",
  "наурыз",
  "сәуір",
  "мамыр",
  "маусым",
  "шілде",
  "тамыз",
  "қыркүйек",
  "қазан",
  "қараша",
  "желтоқсан",
] as const;

/**
 * A calendar day (00:00 UTC) as a long date in `locale` («2025 ж. 3 наурыз», «3 марта 2025 г.»),
 * the same in every browser: Chromium writes Kazakh as "2025 M03 3".
 */
export function formatLongDay(day: Date, locale: string): string {
  if (locale !== "kk") return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(day);
  return `${day.getUTCFullYear()} ж. ${day.getUTCDate()} ${KAZAKH_MONTHS[day.getUTCMonth()] ?? ""}`;
}
