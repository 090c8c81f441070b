import type { MetadataRoute } from "next";
import { listPublishedSlugs } from "@/lib/commitments/data";
import { getSiteUrl } from "@/lib/site-url";

export const dynamic = "force-dynamic";

// Published records only: drafts never appear here.
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const siteUrl = getSiteUrl();
  const commitments = await listPublishedSlugs();
  return [
    { url: `${siteUrl}/`, changeFrequency: "daily", priority: 1 },
    { url: `${siteUrl}/commitments`, changeFrequency: "daily", priority: 0.9 },
    ...commitments.map((c) => ({ url: `${siteUrl}/commitments/${c.slug}`, lastModified: c.updatedAt, changeFrequency: "weekly" as const, priority: 0.7 })),
  ];
}
