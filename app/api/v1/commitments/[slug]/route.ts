// GET /api/v1/commitments/:slug — one published commitment with its history, evidence and quotes.
import { today } from "@/lib/calendar";
import { getPublishedCommitment } from "@/lib/commitments/data";
import { readLabelLocale } from "@/lib/open-data/columns";
import { commitmentDetailJson, jsonResponse } from "@/lib/open-data/json";
import { getSiteUrl } from "@/lib/site-url";
import { listRecommendationsForCommitment } from "@/lib/recommendations/data";
import { recommendationJson } from "@/lib/recommendations/json";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const commitment = await getPublishedCommitment((await params).slug);
  if (!commitment) return jsonResponse({ error: { message: "No published commitment has this slug." } }, 404);
  const locale = readLabelLocale(new URL(request.url).searchParams);
  const siteUrl = getSiteUrl();
  const detail = commitmentDetailJson(
    { ...commitment, _count: { evidence: commitment.evidence.length } },
    siteUrl,
    today(),
    locale,
  );
  // The UN recommendations this commitment answers (lib/recommendations).
  const recommendations = (await listRecommendationsForCommitment(commitment.id)).map((item) =>
    recommendationJson(item, siteUrl, locale),
  );
  return jsonResponse({ data: { ...detail, recommendations } });
}
