// GET /reports/summary.csv?date=YYYY-MM-DD — counts by assessment × theme and claim × assessment.
import { summaryCsvResponse } from "@/lib/reports/responses";

export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return summaryCsvResponse(new URL(request.url).searchParams, "public");
}
