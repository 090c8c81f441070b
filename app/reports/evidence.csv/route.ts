// GET /reports/evidence.csv — every evidence link with the commitments it supports.
import { evidenceCsvResponse } from "@/lib/reports/responses";

export const dynamic = "force-dynamic";

export function GET(): Response {
  return evidenceCsvResponse("public");
}
