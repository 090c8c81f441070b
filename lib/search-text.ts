/**
 * Builds the lower-cased search column of a commitment, still read by the workspace's commitment
 * list (lib/manage/data.ts); public and recommendation search use the full-text index (lib/search/).
 * SQLite's LIKE only folds ASCII letters, so "қазақстан" would not find "ҚАЗАҚСТАН"; lower-casing
 * here with JavaScript's Unicode-aware rules and lower-casing the query the same way makes that
 * search case-insensitive in every script.
 */
export function buildSearchText(parts: readonly (string | null | undefined)[]): string {
  return normaliseForSearch(parts.filter((part): part is string => Boolean(part)).join("\n"));
}

/** Normalises text (or a query) for matching against the search column. */
export function normaliseForSearch(text: string): string {
  return text.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
}
