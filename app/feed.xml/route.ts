// GET /feed.xml — Atom feed of the latest status changes of published commitments.
import { getTranslations } from "next-intl/server";
import { listRecentStatusChanges } from "@/lib/commitments/data";
import { atomResponse, buildAtomFeed } from "@/lib/open-data/atom";
import { getSiteUrl } from "@/lib/site-url";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const [t, changes] = await Promise.all([getTranslations("openData"), listRecentStatusChanges({ take: 50 })]);
  const siteUrl = getSiteUrl();
  return atomResponse(buildAtomFeed({ title: t("feedTitle"), subtitle: t("feedSubtitle"), selfUrl: `${siteUrl}/feed.xml`, pageUrl: siteUrl, siteUrl, changes }));
}
