// GET /manage/reports/evidence.csv — the workspace's evidence report (drafts included); editors and admins only.
import { authoriseRead } from "@/lib/auth/guard";
import { deniedResponse, evidenceCsvResponse } from "@/lib/reports/responses";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const access = await authoriseRead("workspace:read");
  if (!access.isAllowed) return deniedResponse(access.reason);
  return evidenceCsvResponse(new URL(request.url).searchParams, "workspace");
}
