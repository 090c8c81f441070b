// GET /api/v1/recommendations/:id — one recommendation with its published linked commitments.
import { readLabelLocale } from "@/lib/open-data/columns";
import { jsonResponse } from "@/lib/open-data/json";
import { getRecommendation } from "@/lib/recommendations/data";
import { recommendationJson } from "@/lib/recommendations/json";
import { getSiteUrl } from "@/lib/site-url";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const recommendation = await getRecommendation((await params).id);
  if (!recommendation) return jsonResponse({ error: { message: "No recommendation has this id." } }, 404);
  const row = {
    ...recommendation,
    sdgTargets: recommendation.sdgTargets.map((item) => ({ targetCode: item.target.code })),
  };
  return jsonResponse({
    data: recommendationJson(
      row,
      getSiteUrl(),
      readLabelLocale(new URL(request.url).searchParams),
      recommendation.commitments.map((link) => link.commitment.slug),
    ),
  });
}
