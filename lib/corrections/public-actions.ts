"use server";
import { headers } from "next/headers";
import { formDataToObject } from "@/lib/forms/form-data";
import { isSameOriginRequest } from "@/lib/http/origin";
import { clientAddress } from "@/lib/http/client-address";
import { parseEnv } from "@/lib/env";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { findUnsafeInput } from "@/lib/text/unsafe-characters";
import { submitCorrection } from "./mutations";
import { hashAddress } from "./limits";
import { HONEYPOT_FIELD, correctionSchema, type CorrectionProblem } from "./schema";
import type { CorrectionFormState } from "./form-state";

/**
 * The public "Report an error or send evidence" form (no account). Same-site Origin, the honeypot,
 * characters, the schema (size and URL rules), then the rate limits inside the write: each refusal
 * writes nothing and says what to do. A filled honeypot is answered like a success, so a robot
 * learns nothing, and stored nowhere.
 */
export async function submitCorrectionAction(
  _previous: CorrectionFormState,
  formData: FormData,
): Promise<CorrectionFormState> {
  const requestHeaders = await headers();
  if (!isSameOriginRequest(requestHeaders)) return { status: "refused", problem: "crossSite" };
  const values = formDataToObject(formData);
  const kept = { message: text(values.message), url: text(values.url), email: text(values.email) };
  if (text(values[HONEYPOT_FIELD]) !== "") return { status: "sent" };
  if (findUnsafeInput(values)) return { status: "invalid", errors: { message: "messageUnsafe" }, values: kept };
  const parsed = correctionSchema.safeParse(values);
  if (!parsed.success) {
    const errors: Record<string, CorrectionProblem | "messageUnsafe"> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "message");
      errors[field] ??= issue.message as CorrectionProblem;
    }
    return { status: "invalid", errors, values: kept };
  }
  const env = parseEnv();
  const addressHash = hashAddress(clientAddress(requestHeaders, env.TRUST_PROXY), resolveAuthSecret(env));
  const outcome = await submitCorrection(parsed.data, addressHash);
  if (!outcome.ok)
    return outcome.problem === "recordMissing"
      ? { status: "invalid", errors: { slug: "recordMissing" }, values: kept }
      : { status: "refused", problem: outcome.problem, values: kept };
  return { status: "sent" };
}

function text(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}
