// GET /manage/import/templates/<kind>.csv — a starting CSV for each kind of import (its columns and one example row); editors and admins.
import { authoriseRead } from "@/lib/auth/guard";
import { UPLOAD_KINDS, type UploadKind } from "@/lib/import/columns";
import { importTemplateCsv } from "@/lib/import/templates";
import { deniedResponse } from "@/lib/reports/responses";

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const access = await authoriseRead("import:run");
  if (!access.isAllowed) return deniedResponse(access.reason);
  const kind = (await params).file.replace(/\.csv$/, "");
  if (!(UPLOAD_KINDS as readonly string[]).includes(kind)) return new Response("Not found\n", { status: 404 });
  return new Response(importTemplateCsv(kind as UploadKind), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="uade-${kind}-template.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
