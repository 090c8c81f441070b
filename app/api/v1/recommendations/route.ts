// GET /api/v1/recommendations — UN recommendations, filtered like /recommendations, 50 a page (at most
// COUNT_LIMIT rows deep), with the published commitments linked to each.
import { readLabelLocale } from "@/lib/open-data/columns";
import { jsonResponse } from "@/lib/open-data/json";
import { listRecommendations } from "@/lib/recommendations/data";
import { parseRecommendationFilters, RECOMMENDATION_PAGE_SIZE } from "@/lib/recommendations/filters";
import { recommendationJson } from "@/lib/recommendations/json";
import { getSiteUrl } from "@/lib/site-url";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const { filters, errors } = parseRecommendationFilters(params);
  if (errors.length > 0)
    return jsonResponse({ error: { message: "Some parameters are not valid.", details: errors } }, 400);
  const { total, isAtLeast, pageCount, position, items } = await listRecommendations(filters);
  if (position === "beyond-limit")
    return jsonResponse(
      {
        error: {
          message: `Only the first ${pageCount} pages are served; narrow the list with filters or q.`,
          details: [`page: at most ${pageCount} for these filters`],
        },
      },
      400,
    );
  const siteUrl = getSiteUrl();
  const locale = readLabelLocale(params);
  return jsonResponse({
    data: items.map((item) =>
      recommendationJson(
        item,
        siteUrl,
        locale,
        item.commitments.map((link) => link.commitment.slug),
      ),
    ),
    meta: {
      total,
      total_is_lower_bound: isAtLeast,
      page: filters.page,
      per_page: RECOMMENDATION_PAGE_SIZE,
      page_count: pageCount,
    },
  });
}
