import type { ReportScope } from "@/lib/reports/data";

/** What each report view needs: the URL parameters and whose report it is. */
export type ReportViewProps = { params: Record<string, string | string[] | undefined>; scope: ReportScope };

/** Public reports live under /reports; the workspace's (drafts included, editors named) under /manage/reports. */
export function reportBasePath(scope: ReportScope): string {
  return scope === "public" ? "/reports" : "/manage/reports";
}

/** Where a report row links: the public page, or the workspace list filtered to that record (drafts have no public page). */
export function commitmentHref(scope: ReportScope, slug: string): string {
  return scope === "public" ? `/commitments/${slug}` : `/manage?q=${encodeURIComponent(slug)}`;
}
