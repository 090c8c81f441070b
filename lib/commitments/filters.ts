import { z } from "zod";
import { ASSESSMENTS, CATEGORIES, OFFICIAL_CLAIMS } from "@/lib/vocabulary";

export const SORTS = ["updated", "title", "target"] as const;
export type SortKey = (typeof SORTS)[number];

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;
const MAX_QUERY_LENGTH = 200;

/** The filters shared by /commitments, /export/commitments.csv and /api/v1/commitments. */
export type CommitmentFilters = {
  assessment: (typeof ASSESSMENTS)[number][];
  claim: (typeof OFFICIAL_CLAIMS)[number][];
  category: (typeof CATEGORIES)[number][];
  instrument: string[];
  body: string[];
  isOverdue: boolean;
  query: string;
  sort: SortKey;
};

export type Pagination = { page: number; pageSize: number };

type SearchParamsLike = URLSearchParams | Record<string, string | string[] | undefined>;

function readAll(params: SearchParamsLike, key: string): string[] {
  const values = params instanceof URLSearchParams ? params.getAll(key) : [params[key] ?? []].flat();
  // A GET form sends "" for "any"; drop those so an empty select means no filter.
  return values.map((value) => value.trim()).filter((value) => value.length > 0);
}

const listOf = <T extends readonly [string, ...string[]]>(values: T) => z.array(z.enum(values));
const freeText = z.array(z.string().max(MAX_QUERY_LENGTH, `must be at most ${MAX_QUERY_LENGTH} characters`)).max(20);

const filterSchema = z.object({
  assessment: listOf(ASSESSMENTS),
  claim: listOf(OFFICIAL_CLAIMS),
  category: listOf(CATEGORIES),
  instrument: freeText,
  body: freeText,
  overdue: z.array(z.enum(["1", "true", "0", "false"])).max(1),
  q: z.array(z.string().max(MAX_QUERY_LENGTH, `must be at most ${MAX_QUERY_LENGTH} characters`)).max(1),
  sort: z.array(z.enum(SORTS)).max(1),
  page: z.array(z.coerce.number().int().min(1).max(1_000_000)).max(1),
  per_page: z.array(z.coerce.number().int().min(1).max(MAX_PAGE_SIZE)).max(1),
});

/** A parameter of the list's address, as named in the URL. */
export type FilterParam = keyof typeof filterSchema.shape;

/** Values of one parameter that were not understood and left out (shown to readers in their language). */
export type IgnoredFilter = { param: FilterParam; values: string[] };

/** `errors` are English, for the JSON API; pages show `ignored` in the reader's language instead. */
export type FilterParseResult = {
  filters: CommitmentFilters;
  pagination: Pagination;
  errors: string[];
  ignored: IgnoredFilter[];
};

/**
 * Reads filters from URL search parameters. Invalid values are reported in `errors` (the API
 * answers 400 with them) and left out of the filters (pages simply ignore them), so a mistyped
 * link never breaks a page.
 */
export function parseCommitmentFilters(params: SearchParamsLike): FilterParseResult {
  const errors: string[] = [];
  const ignored: IgnoredFilter[] = [];
  const read = <K extends keyof typeof filterSchema.shape>(key: K): z.infer<(typeof filterSchema.shape)[K]> => {
    const raw = readAll(params, key);
    const result = filterSchema.shape[key].safeParse(raw);
    if (result.success) return result.data as z.infer<(typeof filterSchema.shape)[K]>;
    errors.push(`${key}: ${result.error.issues.map((issue) => issue.message).join("; ")}`);
    // Keep the valid values of a list when only some were wrong.
    const itemSchema = (filterSchema.shape[key] as unknown as z.ZodArray<z.ZodType>).element;
    const kept = raw
      .flatMap((value) => {
        const item = itemSchema.safeParse(value);
        return item.success ? [item.data] : [];
      })
      .slice(0, 1_000);
    const refused = raw.filter((value) => !itemSchema.safeParse(value).success);
    // A list with too many values is cut; otherwise name the values that were left out.
    ignored.push({ param: key, values: (refused.length > 0 ? refused : raw.slice(kept.length)).slice(0, 5) });
    return kept as z.infer<(typeof filterSchema.shape)[K]>;
  };

  const overdue = read("overdue")[0];
  const filters: CommitmentFilters = {
    assessment: unique(read("assessment")),
    claim: unique(read("claim")),
    category: unique(read("category")),
    instrument: unique(read("instrument")),
    body: unique(read("body")),
    isOverdue: overdue === "1" || overdue === "true",
    query: (read("q")[0] ?? "").trim(),
    sort: read("sort")[0] ?? "updated",
  };
  const pagination = { page: read("page")[0] ?? 1, pageSize: read("per_page")[0] ?? DEFAULT_PAGE_SIZE };
  return { filters, pagination, errors, ignored };
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** True when any filter (not the sort) narrows the list. */
export function hasActiveFilters(filters: CommitmentFilters): boolean {
  return (
    filters.assessment.length +
      filters.claim.length +
      filters.category.length +
      filters.instrument.length +
      filters.body.length >
      0 ||
    filters.isOverdue ||
    filters.query.length > 0
  );
}

/** Serialises filters back to URL parameters (for links, pagination and the CSV link). */
export function filtersToSearchParams(
  filters: Partial<CommitmentFilters>,
  extra: Record<string, string | number> = {},
): URLSearchParams {
  const params = new URLSearchParams();
  for (const value of filters.assessment ?? []) params.append("assessment", value);
  for (const value of filters.claim ?? []) params.append("claim", value);
  for (const value of filters.category ?? []) params.append("category", value);
  for (const value of filters.instrument ?? []) params.append("instrument", value);
  for (const value of filters.body ?? []) params.append("body", value);
  if (filters.isOverdue) params.set("overdue", "1");
  if (filters.query) params.set("q", filters.query);
  if (filters.sort && filters.sort !== "updated") params.set("sort", filters.sort);
  for (const [key, value] of Object.entries(extra)) params.set(key, String(value));
  return params;
}
