// GET /reports/shadow.docx?mechanism=CAT&cycle=…&lang=kk|ru|en — the shadow-report table as .docx.
import { shadowReportResponse } from "@/lib/recommendations/shadow/responses";

export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return shadowReportResponse(new URL(request.url).searchParams, "docx");
}
