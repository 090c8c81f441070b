/**
 * Builds the lower-cased search column of a commitment. SQLite's LIKE only folds ASCII letters,
 * so "қазақстан" would not find "ҚАЗАҚСТАН"; lower-casing here with JavaScript's Unicode-aware
 * rules and lower-casing the query the same way makes search case-insensitive in every script.
 */
export function buildSearchText(parts: readonly (string | null | undefined)[]): string {
  return normaliseForSearch(parts.filter((part): part is string => Boolean(part)).join("\n"));
}

/** Normalises text (or a query) for matching against the search column. */
export function normaliseForSearch(text: string): string {
  return text.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
}
