// GET /reports/changes.csv?from=YYYY-MM-DD&to=YYYY-MM-DD — status changes effective in a window.
import { changesCsvResponse } from "@/lib/reports/responses";

export const dynamic = "force-dynamic";

export function GET(request: Request): Response {
  return changesCsvResponse(new URL(request.url).searchParams, "public");
}
