import type { CorrectionProblem } from "./schema";

type Kept = { message: string; url: string; email: string };

/** What the public correction form's action returns; problems are keys of `corrections.errors`. */
export type CorrectionFormState =
  | { status: "idle" }
  | { status: "sent" }
  | { status: "invalid"; errors: Partial<Record<string, CorrectionProblem | "messageUnsafe">>; values: Kept }
  | { status: "refused"; problem: "crossSite" | "tooManyFromAddress" | "tooManyOverall"; values?: Kept };

export const CORRECTION_IDLE: CorrectionFormState = { status: "idle" };
