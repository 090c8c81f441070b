import { z } from "zod";
import { EVIDENCE_KINDS } from "@/lib/vocabulary";
import { idField, optionalText, pastOrTodayDate, requiredText, versionField } from "@/lib/forms/fields";
import { MAX_URL_LENGTH, UNSAFE_URL_MESSAGE, toSafeHttpUrl } from "./url";

/** An http(s) link; anything else (javascript:, data:, …) is refused with a plain message. */
export const safeUrlField = z
  .string({ message: "Enter the web address of the evidence." })
  .trim()
  .min(1, "Enter the web address of the evidence.")
  .max(MAX_URL_LENGTH, `Use at most ${MAX_URL_LENGTH} characters.`)
  .transform((value, context) => {
    const safe = toSafeHttpUrl(value);
    if (!safe) {
      context.addIssue({ code: "custom", message: UNSAFE_URL_MESSAGE });
      return z.NEVER;
    }
    return safe;
  });

const optionalPastDate = z.preprocess((value) => (value === "" || value === null ? undefined : value), pastOrTodayDate().optional());

export const evidenceFieldsSchema = z.object({
  url: safeUrlField,
  title: requiredText(300, "Give the evidence a title."),
  publisher: optionalText(200),
  publishedOn: optionalPastDate.transform((value) => value ?? null),
  kind: z.enum(EVIDENCE_KINDS, { message: "Choose what kind of evidence this is." }),
  note: optionalText(2000),
});

export const addEvidenceSchema = evidenceFieldsSchema.extend({ commitmentId: idField });
export const editEvidenceSchema = evidenceFieldsSchema.extend({ evidenceId: idField, version: versionField });
export const removeEvidenceSchema = z.object({ evidenceId: idField, version: versionField, reason: optionalText(500) });

export type EvidenceFields = z.output<typeof evidenceFieldsSchema>;
export type AddEvidenceInput = z.output<typeof addEvidenceSchema>;
export type EditEvidenceInput = z.output<typeof editEvidenceSchema>;
export type RemoveEvidenceInput = z.output<typeof removeEvidenceSchema>;
