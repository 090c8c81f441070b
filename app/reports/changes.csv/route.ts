// GET /reports/changes.csv?from=YYYY-MM-DD&to=YYYY-MM-DD[&reason=code…] — status changes effective in a window, optionally of some reasons.
import { changesCsvResponse } from "@/lib/reports/responses";

export const dynamic = "force-dynamic";

export function GET(request: Request): Response {
  return changesCsvResponse(new URL(request.url).searchParams, "public");
}
