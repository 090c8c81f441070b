// GET /changes.csv?category=&body=&reason=&from=&to=&lang= — the public changes a filtered /changes page shows, as CSV.
import { iteratePublicChanges } from "@/lib/changes/data";
import { parseChangeFilters } from "@/lib/changes/filters";
import { historyColumns, readLabelLocale } from "@/lib/open-data/columns";
import { csvHeaders, csvStream } from "@/lib/open-data/csv";
import { getSiteUrl } from "@/lib/site-url";

export const dynamic = "force-dynamic";

export function GET(request: Request): Response {
  const searchParams = new URL(request.url).searchParams;
  const params: Record<string, string | string[]> = {};
  for (const key of new Set(searchParams.keys())) params[key] = searchParams.getAll(key);
  // Invalid values are left out, as on the page: the file holds what the page lists.
  const { filters } = parseChangeFilters(params);
  return new Response(
    csvStream(historyColumns(getSiteUrl(), readLabelLocale(searchParams)), iteratePublicChanges(filters)),
    { headers: csvHeaders("changes") },
  );
}
