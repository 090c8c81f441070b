// GET /export/history.csv — every status change of published commitments, oldest first.
import { iteratePublicStatusChanges } from "@/lib/commitments/data";
import { historyColumns } from "@/lib/open-data/columns";
import { csvHeaders, csvStream } from "@/lib/open-data/csv";
import { getSiteUrl } from "@/lib/site-url";

export const dynamic = "force-dynamic";

export function GET(): Response {
  return new Response(csvStream(historyColumns(getSiteUrl()), iteratePublicStatusChanges()), { headers: csvHeaders("history") });
}
