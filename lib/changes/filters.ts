import { z } from "zod";
import { isCalendarDate, parseCalendarDate } from "@/lib/calendar";
import { CATEGORIES, type CategoryKey } from "@/lib/vocabulary";
import { BODY_KEY_PATTERN } from "@/lib/bodies/schema";
import type { ReasonCode } from "@/lib/statuses/reasons";
import { readReasonParam } from "@/lib/reports/schema";

export const CHANGES_PAGE_SIZE = 20;

/** Filters of /changes: theme, responsible body, reason codes (any of them), an effective-date range (both days included), page. */
export type ChangeFilters = {
  category?: CategoryKey;
  body?: string;
  reasons: ReasonCode[];
  from?: Date;
  to?: Date;
  page: number;
};

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? "";

const pageSchema = z.coerce.number().int().min(1).max(100_000);

/**
 * Reads the filters from the query string; an invalid value is left out and reported by name, so
 * a mistyped link shows every change with a note instead of an error. A reversed range is swapped.
 */
export function parseChangeFilters(params: Record<string, string | string[] | undefined>): {
  filters: ChangeFilters;
  invalid: string[];
} {
  const invalid: string[] = [];
  const category = first(params.category);
  const body = first(params.body);
  const date = (name: "from" | "to") => {
    const value = first(params[name]);
    if (!value) return undefined;
    if (isCalendarDate(value)) return parseCalendarDate(value);
    invalid.push(name);
    return undefined;
  };
  // The reason parameter is read as the changes report reads it (repeatable, codes of the reason list).
  const { reasons, errors: reasonErrors } = readReasonParam(params);
  const filters: ChangeFilters = { reasons, page: 1 };
  if (reasonErrors.length > 0) invalid.push("reason");
  if (category) {
    if ((CATEGORIES as readonly string[]).includes(category)) filters.category = category as CategoryKey;
    else invalid.push("category");
  }
  if (body) {
    if (BODY_KEY_PATTERN.test(body) && body.length <= 60) filters.body = body;
    else invalid.push("body");
  }
  filters.from = date("from");
  filters.to = date("to");
  if (filters.from && filters.to && filters.from > filters.to) [filters.from, filters.to] = [filters.to, filters.from];
  const page = first(params.page);
  if (page) {
    const parsed = pageSchema.safeParse(page);
    if (parsed.success) filters.page = parsed.data;
    else invalid.push("page");
  }
  return { filters, invalid };
}

/** The filters as a query string (without the page unless given). */
export function changeFiltersQuery(filters: ChangeFilters, page?: number): string {
  const params = new URLSearchParams();
  if (filters.category) params.set("category", filters.category);
  if (filters.body) params.set("body", filters.body);
  for (const reason of filters.reasons) params.append("reason", reason);
  if (filters.from) params.set("from", filters.from.toISOString().slice(0, 10));
  if (filters.to) params.set("to", filters.to.toISOString().slice(0, 10));
  if (page && page > 1) params.set("page", String(page));
  return params.toString();
}
