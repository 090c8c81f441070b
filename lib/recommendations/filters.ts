import { z } from "zod";
import { ASSESSMENTS } from "@/lib/vocabulary";
import { RESPONSES, SDG_TARGET_PATTERN } from "./vocabulary";

export const RECOMMENDATION_PAGE_SIZE = 50;

/**
 * Matches are counted up to this many, and pages are offered up to this many rows deep: past it a
 * reader narrows the list with filters or words (as UHRI does), so no request counts or skips
 * through every recommendation of a 300,000-row database.
 */
export const COUNT_LIMIT = 10_000;

/** Where a requested page falls: a page of the list, after its last page, or deeper than COUNT_LIMIT rows. */
export type PagePosition = "page" | "past-end" | "beyond-limit";

/**
 * A search with no other filter ranks at most this many of its matches, the most recently added
 * (and pages through them): scoring costs time on the server's main thread for every match scored,
 * 10,000 of them held other requests ~90 ms at 300,000 recommendations (measured).
 */
export const RANK_WINDOW = 2_000;

/**
 * The pages a reader can open for `total` matches (more when `isAtLeast`) when at most `rowLimit`
 * rows are offered, and where page `page` falls.
 */
export function pagePosition(page: number, total: number, pageSize: number, isAtLeast = false, rowLimit = COUNT_LIMIT) {
  const allPages = isAtLeast ? Infinity : Math.max(1, Math.ceil(total / pageSize));
  const pageCount = Math.min(allPages, Math.max(1, Math.floor(rowLimit / pageSize)));
  const position: PagePosition = page <= pageCount ? "page" : page <= allPages ? "beyond-limit" : "past-end";
  return { pageCount, position };
}

/** Filters of /recommendations and /api/v1/recommendations (unknown values are left out and reported). */
export type RecommendationFilters = {
  mechanism: string | null;
  cycle: string | null;
  response: (typeof RESPONSES)[number] | null;
  theme: string | null;
  sdg: string | null;
  /** Recommendations with at least one published linked commitment in this assessment. */
  assessment: (typeof ASSESSMENTS)[number] | null;
  query: string;
  page: number;
};

type SearchParamsLike = URLSearchParams | Record<string, string | string[] | undefined>;

function first(params: SearchParamsLike, key: string): string {
  const value = params instanceof URLSearchParams ? params.get(key) : [params[key] ?? []].flat()[0];
  return (value ?? "").trim();
}

const fields = {
  mechanism: z.string().regex(/^[A-Z][A-Z-]{1,20}$/),
  cycle: z.string().max(100),
  response: z.enum(RESPONSES),
  theme: z.string().max(300),
  sdg: z.string().regex(SDG_TARGET_PATTERN),
  assessment: z.enum(ASSESSMENTS),
  q: z.string().max(200),
  page: z.coerce.number().int().min(1).max(100_000),
} as const;

/** Reads the filters; `errors` (English, for the API) name the parameters that were not understood. */
export function parseRecommendationFilters(params: SearchParamsLike): {
  filters: RecommendationFilters;
  errors: string[];
} {
  const errors: string[] = [];
  const read = <K extends keyof typeof fields>(key: K): z.output<(typeof fields)[K]> | null => {
    const raw = first(params, key);
    if (raw === "") return null;
    const parsed = fields[key].safeParse(raw);
    if (!parsed.success) {
      errors.push(`${key}: "${raw.slice(0, 60)}" is not a valid value`);
      return null;
    }
    return parsed.data as z.output<(typeof fields)[K]>;
  };
  const filters: RecommendationFilters = {
    mechanism: read("mechanism"),
    cycle: read("cycle"),
    response: read("response"),
    theme: read("theme"),
    sdg: read("sdg"),
    assessment: read("assessment"),
    query: read("q") ?? "",
    page: read("page") ?? 1,
  };
  return { filters, errors };
}
