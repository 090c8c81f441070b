// GET /manage/import/[id]/skipped.csv — the rows of a recommendations import that had problems, to fix and import again; editors and admins.
import { authoriseRead } from "@/lib/auth/guard";
import { getValidationMessages } from "@/lib/forms/server-messages";
import { getImportDraft } from "@/lib/import/data";
import { readParsedFile } from "@/lib/import/parse";
import { skippedRowsCsv } from "@/lib/import/skipped-rows";
import { planRecommendationDraft } from "@/lib/recommendations/import-data";
import { deniedResponse } from "@/lib/reports/responses";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const access = await authoriseRead("import:run");
  if (!access.isAllowed) return deniedResponse(access.reason);
  const { id } = await params;
  const draft = await getImportDraft(id);
  const file = draft?.parsed ? await readParsedFile(draft.parsed) : null;
  if (!draft || draft.kind !== "recommendations" || !file) return new Response("Not found\n", { status: 404 });
  const plan = await planRecommendationDraft(draft);
  if ("parseError" in plan) return new Response("Not found\n", { status: 404 });
  const csv = skippedRowsCsv(file, plan.errors, await getValidationMessages());
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="skipped-rows-${id}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
