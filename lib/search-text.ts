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

/**
 * Whether a normalised query can go to Prisma's `contains` (SQLite LIKE) as it is: LIKE reads "%" and
 * "_" as wildcards, and folds only ASCII case, which cannot matter when both sides are lower-cased.
 * A query with them is matched with instr() into an id list instead, capped at SEARCH_ID_LIMIT ids:
 * Prisma's libSQL adapter refuses a statement with more bound values (measured: 1,387 ids failed).
 */
export function isLikeSafe(needle: string): boolean {
  return !/[%_]/.test(needle);
}

export const SEARCH_ID_LIMIT = 900;
