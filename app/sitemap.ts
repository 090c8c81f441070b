import type { MetadataRoute } from "next";
import { listFilterOptions, listPublishedSlugs } from "@/lib/commitments/data";
import { getSiteUrl } from "@/lib/site-url";
import { getRecommendationVocabulary } from "@/lib/recommendations/data";

export const dynamic = "force-dynamic";

// Published records only: drafts never appear here.
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const siteUrl = getSiteUrl();
  const [commitments, { bodies, instruments }, { cycles }] = await Promise.all([
    listPublishedSlugs(),
    listFilterOptions(),
    getRecommendationVocabulary(),
  ]);
  // A mechanism's page is listed once it has recommendations (each cycle row names its mechanism).
  const mechanisms = [...new Set(cycles.map((row) => row.mechanismCode))];
  return [
    { url: `${siteUrl}/`, changeFrequency: "daily", priority: 1 },
    { url: `${siteUrl}/commitments`, changeFrequency: "daily", priority: 0.9 },
    { url: `${siteUrl}/changes`, changeFrequency: "daily", priority: 0.8 },
    { url: `${siteUrl}/bodies`, changeFrequency: "weekly", priority: 0.8 },
    { url: `${siteUrl}/method`, changeFrequency: "monthly", priority: 0.6 },
    { url: `${siteUrl}/recommendations`, changeFrequency: "weekly", priority: 0.8 },
    ...mechanisms.map((code) => ({
      url: `${siteUrl}/recommendations/mechanisms/${encodeURIComponent(code)}`,
      changeFrequency: "weekly" as const,
      priority: 0.6,
    })),
    ...bodies.map((body) => ({
      url: `${siteUrl}/bodies/${body.key}`,
      changeFrequency: "weekly" as const,
      priority: 0.6,
    })),
    ...instruments.map((instrument) => ({
      url: `${siteUrl}/instruments/${encodeURIComponent(instrument.code)}`,
      changeFrequency: "weekly" as const,
      priority: 0.5,
    })),
    ...commitments.map((c) => ({
      url: `${siteUrl}/commitments/${c.slug}`,
      lastModified: c.updatedAt,
      changeFrequency: "weekly" as const,
      priority: 0.7,
    })),
  ];
}
