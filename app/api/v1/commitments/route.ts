// GET /api/v1/commitments — published commitments as JSON, filtered and paginated like /commitments.
import { today } from "@/lib/calendar";
import { listPublishedCommitments } from "@/lib/commitments/data";
import { filtersToSearchParams, parseCommitmentFilters } from "@/lib/commitments/filters";
import { readLabelLocale } from "@/lib/open-data/columns";
import { commitmentSummaryJson, jsonResponse } from "@/lib/open-data/json";
import { getSiteUrl } from "@/lib/site-url";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const { filters, pagination, errors } = parseCommitmentFilters(params);
  const locale = readLabelLocale(params);
  if (errors.length > 0)
    return jsonResponse({ error: { message: "Some query parameters are invalid.", details: errors } }, 400);
  const onDay = today();
  const siteUrl = getSiteUrl();
  const result = await listPublishedCommitments(filters, pagination, onDay);
  const pageLink = (page: number) =>
    `${siteUrl}/api/v1/commitments?${filtersToSearchParams(filters, { page, per_page: pagination.pageSize, ...(locale ? { lang: locale } : {}) }).toString()}`;
  return jsonResponse({
    data: result.items.map((row) => commitmentSummaryJson(row, siteUrl, onDay, locale)),
    meta: { total: result.total, page: result.page, per_page: result.pageSize, page_count: result.pageCount },
    links: {
      self: pageLink(result.page),
      next: result.page < result.pageCount ? pageLink(result.page + 1) : null,
      prev: result.page > 1 ? pageLink(result.page - 1) : null,
    },
  });
}
