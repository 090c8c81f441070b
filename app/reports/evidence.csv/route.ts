// GET /reports/evidence.csv[?lang=kk|ru|en] — every evidence link with the commitments it supports.
import { evidenceCsvResponse } from "@/lib/reports/responses";

export const dynamic = "force-dynamic";

export function GET(request: Request): Response {
  return evidenceCsvResponse(new URL(request.url).searchParams, "public");
}
