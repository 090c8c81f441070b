import { z } from "zod";

/** Rows a page of a workspace queue shows (the review queue, the reader inbox). */
export const WORKSPACE_PAGE_SIZE = 50;

const pageNumber = z.coerce.number().int().min(1).max(1_000_000);

/** The `?page=` a reader asked for: a malformed or missing one is page 1 (never an error). */
export function readPageParam(params: Record<string, string | string[] | undefined>): number {
  const raw = params.page;
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  if (!value) return 1;
  const parsed = pageNumber.safeParse(value);
  return parsed.success ? parsed.data : 1;
}

/** The field a queue's forms carry so the person lands back on the page they acted on. */
export const RETURN_PAGE_FIELD = "returnPage";

/**
 * Reads (and removes, so the operation never sees it) the page a queue's form was sent from, as
 * `&page=N` for the redirect; page 1 or anything malformed gives "".
 */
export function takeReturnPage(values: Record<string, string | string[]>): string {
  const raw = values[RETURN_PAGE_FIELD];
  delete values[RETURN_PAGE_FIELD];
  const page = readPageParam({ page: raw });
  return page > 1 ? `&page=${page}` : "";
}

export type PageWindow = { page: number; pageCount: number; skip: number; take: number };

/** Which rows page `requested` shows out of `total`: past the last page it is the last page, so a stale link still shows rows. */
export function pageWindow(requested: number, total: number, pageSize: number = WORKSPACE_PAGE_SIZE): PageWindow {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, Math.floor(requested)), pageCount);
  return { page, pageCount, skip: (page - 1) * pageSize, take: pageSize };
}
