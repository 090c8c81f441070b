// GET /export/history.csv — every status change of published commitments, oldest first.
import { iteratePublicStatusChanges } from "@/lib/commitments/data";
import { historyColumns, readLabelLocale } from "@/lib/open-data/columns";
import { csvHeaders, csvStream } from "@/lib/open-data/csv";
import { getSiteUrl } from "@/lib/site-url";

export const dynamic = "force-dynamic";

export function GET(request: Request): Response {
  const locale = readLabelLocale(new URL(request.url).searchParams);
  return new Response(csvStream(historyColumns(getSiteUrl(), locale), iteratePublicStatusChanges()), {
    headers: csvHeaders("history"),
  });
}
