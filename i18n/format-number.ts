// Browsers do not all carry Kazakh number data: Chromium formats `new Intl.NumberFormat("kk")` as
// "5,000" (English grouping), while Node and CLDR write "5 000". Numbers shown by client components
// go through this helper so a Kazakh page never shows an English thousands separator.

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
