// GET /commitments/:slug/feed.xml — Atom feed of one published commitment's status changes.
import { getTranslations } from "next-intl/server";
import { getPublishedCommitmentId, listRecentStatusChanges } from "@/lib/commitments/data";
import { atomResponse, buildAtomFeed } from "@/lib/open-data/atom";
import { getSiteUrl } from "@/lib/site-url";
import { isolateText } from "@/lib/text/unsafe-characters";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const commitment = await getPublishedCommitmentId((await params).slug);
  if (!commitment) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const [t, changes] = await Promise.all([getTranslations("openData"), listRecentStatusChanges({ take: 100, commitmentId: commitment.id })]);
  const siteUrl = getSiteUrl();
  const pageUrl = `${siteUrl}/commitments/${commitment.slug}`;
  return atomResponse(
    buildAtomFeed({ title: t("commitmentFeedTitle", { title: isolateText(commitment.title) }), subtitle: t("feedSubtitle"), selfUrl: `${pageUrl}/feed.xml`, pageUrl, siteUrl, changes }),
  );
}
