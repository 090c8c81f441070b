import type { Denial } from "@/lib/auth/guard";
import type { OperationOutcome } from "./execute";

/** The submitted fields, kept so a form can show the person's input again after any problem. */
export type SubmittedValues = Record<string, string | string[]>;

/** What a form's server action returns to useActionState. */
export type FormState =
  | { status: "idle" }
  | { status: "saved"; message: string; secret?: string }
  | { status: "invalid"; fieldErrors: Record<string, string>; values: SubmittedValues }
  | { status: "conflict"; current: Record<string, unknown>; currentVersion: number; values: SubmittedValues }
  | { status: "denied"; reason: Denial }
  | { status: "not-found" };

export const IDLE: FormState = { status: "idle" };

/** Maps an operation's outcome (other than success) to the form state that shows it. */
export function problemState(
  outcome: Exclude<OperationOutcome<unknown>, { ok: true }>,
  values: SubmittedValues,
): FormState {
  switch (outcome.kind) {
    case "denied":
      return { status: "denied", reason: outcome.reason };
    case "invalid":
      return { status: "invalid", fieldErrors: outcome.fieldErrors, values };
    case "conflict":
      return {
        status: "conflict",
        current: serialisable(outcome.current),
        currentVersion: outcome.currentVersion,
        values,
      };
    case "not-found":
      return { status: "not-found" };
  }
}

// Dates become ISO strings so the state crosses to the client unchanged.
function serialisable(record: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(record)) as Record<string, unknown>;
}
