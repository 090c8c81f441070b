import { z } from "zod";
import { EVIDENCE_KINDS } from "@/lib/vocabulary";
import { idField, optionalText, pastOrTodayDate, requiredText, versionField } from "@/lib/forms/fields";
import { MAX_URL_LENGTH, UNSAFE_URL_MESSAGE, toSafeHttpUrl } from "./url";
import { message } from "@/lib/forms/messages";

/** zod transform to the normalised http(s) link; anything else (javascript:, data:, …) is an issue with a plain message. */
export function toSafeUrlOrIssue(value: string, context: z.RefinementCtx): string {
  const safe = toSafeHttpUrl(value);
  if (safe) return safe;
  context.addIssue({ code: "custom", message: UNSAFE_URL_MESSAGE });
  return z.NEVER;
}

/** An http(s) link; anything else (javascript:, data:, …) is refused with a plain message. */
export const safeUrlField = z
  .string({ message: message("enterEvidenceUrl") })
  .trim()
  .min(1, message("enterEvidenceUrl"))
  .max(MAX_URL_LENGTH, message("tooLong", { max: MAX_URL_LENGTH }))
  .transform(toSafeUrlOrIssue);

const optionalPastDate = z.preprocess(
  (value) => (value === "" || value === null ? undefined : value),
  pastOrTodayDate().optional(),
);

export const evidenceFieldsSchema = z.object({
  url: safeUrlField,
  title: requiredText(300, message("evidenceTitle")),
  publisher: optionalText(200),
  publishedOn: optionalPastDate.transform((value) => value ?? null),
  kind: z.enum(EVIDENCE_KINDS, { message: message("chooseEvidenceKind") }),
  note: optionalText(2000),
});

export const addEvidenceSchema = evidenceFieldsSchema.extend({ commitmentId: idField });
export const editEvidenceSchema = evidenceFieldsSchema.extend({ evidenceId: idField, version: versionField });
export const removeEvidenceSchema = z.object({ evidenceId: idField, version: versionField, reason: optionalText(500) });

export type EvidenceFields = z.output<typeof evidenceFieldsSchema>;
export type AddEvidenceInput = z.output<typeof addEvidenceSchema>;
export type EditEvidenceInput = z.output<typeof editEvidenceSchema>;
export type RemoveEvidenceInput = z.output<typeof removeEvidenceSchema>;
