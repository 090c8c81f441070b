// GET /export/commitments.csv — published commitments as CSV, honouring /commitments' filters.
import { today } from "@/lib/calendar";
import { iteratePublishedCommitments } from "@/lib/commitments/data";
import { parseCommitmentFilters } from "@/lib/commitments/filters";
import { commitmentColumns, readLabelLocale } from "@/lib/open-data/columns";
import { csvHeaders, csvStream } from "@/lib/open-data/csv";
import { getSiteUrl } from "@/lib/site-url";

export const dynamic = "force-dynamic";

export function GET(request: Request): Response {
  const params = new URL(request.url).searchParams;
  const { filters } = parseCommitmentFilters(params);
  const onDay = today();
  return new Response(
    csvStream(
      commitmentColumns(getSiteUrl(), onDay, readLabelLocale(params)),
      iteratePublishedCommitments(filters, onDay),
    ),
    { headers: csvHeaders("commitments", onDay) },
  );
}
