// GET /reports/snapshot.csv?date=YYYY-MM-DD — published commitments as they stood on a date.
import { snapshotCsvResponse } from "@/lib/reports/responses";

export const dynamic = "force-dynamic";

export function GET(request: Request): Response {
  return snapshotCsvResponse(new URL(request.url).searchParams, "public");
}
