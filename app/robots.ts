import type { MetadataRoute } from "next";
import { getSiteUrl } from "@/lib/site-url";

export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/manage", "/login", "/api/auth"] }],
    sitemap: `${getSiteUrl()}/sitemap.xml`,
  };
}
