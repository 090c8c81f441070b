// POST /api/manage/<operation>: the workspace's writes for scripts, with the same checks as the forms.
import { NextResponse } from "next/server";
import { OPERATIONS, isOperationName } from "@/lib/operations/registry";
import { databaseBusyResponse, outcomeStatus, readJsonBody } from "@/lib/http/json-body";
import { isDatabaseBusyError } from "@/lib/http/database-busy";
import { fieldErrorsInEnglish } from "@/lib/forms/english-messages";

export const dynamic = "force-dynamic";

export async function POST(request: Request, context: { params: Promise<{ operation: string }> }): Promise<Response> {
  const { operation } = await context.params;
  if (!isOperationName(operation)) return NextResponse.json({ ok: false, kind: "not-found" }, { status: 404 });
  const body = await readJsonBody(request);
  if (!body.ok)
    return NextResponse.json(
      { ok: false, kind: "invalid", fieldErrors: { form: body.message } },
      { status: body.status },
    );
  let outcome: Awaited<ReturnType<(typeof OPERATIONS)[typeof operation]["execute"]>>;
  try {
    outcome = await OPERATIONS[operation].execute(body.value);
  } catch (error) {
    // A lock held past busy_timeout (Prisma P1008): nothing was written, the script may retry.
    if (isDatabaseBusyError(error)) return databaseBusyResponse();
    throw error;
  }
  // Scripts get plain English sentences (the forms translate the same tokens for their reader).
  const answer =
    !outcome.ok && outcome.kind === "invalid"
      ? { ...outcome, fieldErrors: fieldErrorsInEnglish(outcome.fieldErrors) }
      : outcome;
  return NextResponse.json(answer, { status: outcomeStatus(outcome) });
}
