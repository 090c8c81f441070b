import { z } from "zod";
import { EVIDENCE_KINDS } from "@/lib/vocabulary";
import { idField, optionalText, requiredText } from "@/lib/forms/fields";
import { message } from "@/lib/forms/messages";
import { MAX_URL_LENGTH, toSafeHttpUrl } from "@/lib/evidence/url";
import { LOCALES } from "@/i18n/locales";
import { SLUG_PATTERN } from "@/lib/commitments/schema";

import { MAX_CORRECTION_LENGTH } from "./constants";

export { HONEYPOT_FIELD, MAX_CORRECTION_LENGTH } from "./constants";

/**
 * Problems with a reader's correction, as keys of the public `corrections.errors` catalogue (the
 * public form has no workspace catalogue). Each names what to do.
 */
export type CorrectionProblem = "messageMissing" | "messageTooLong" | "urlUnsafe" | "emailInvalid" | "recordMissing";

const blank = (value: unknown) =>
  value === undefined || value === null || (typeof value === "string" && value.trim() === "") ? undefined : value;

/** The public "Report an error or send evidence" form: message, optional URL, optional email. */
export const correctionSchema = z.object({
  slug: z.string({ message: "recordMissing" }).trim().max(120, "recordMissing").regex(SLUG_PATTERN, "recordMissing"),
  message: z
    .string({ message: "messageMissing" })
    .trim()
    .min(1, "messageMissing")
    .max(MAX_CORRECTION_LENGTH, "messageTooLong"),
  // The same rule as evidence links: http(s) only, no credentials, no javascript:/data: (lib/evidence/url.ts).
  url: z.preprocess(
    blank,
    z
      .string()
      .trim()
      .max(MAX_URL_LENGTH, "urlUnsafe")
      .transform((value, context) => {
        const safe = toSafeHttpUrl(value);
        if (!safe) {
          context.addIssue({ code: "custom", message: "urlUnsafe" });
          return z.NEVER;
        }
        return safe;
      })
      .optional(),
  ),
  email: z.preprocess(
    blank,
    z.string().trim().toLowerCase().max(254, "emailInvalid").pipe(z.email("emailInvalid")).optional(),
  ),
  locale: z.preprocess((value) => ((LOCALES as readonly unknown[]).includes(value) ? value : "en"), z.enum(LOCALES)),
});
export type CorrectionInput = z.output<typeof correctionSchema>;

// The inbox (editors).

export const correctionIdSchema = z.object({ correctionId: idField });

/** Turn the reader's URL into evidence on the record, in one step (the inbox marks it handled). */
export const correctionToEvidenceSchema = z.object({
  correctionId: idField,
  title: requiredText(300, message("evidenceTitle")),
  kind: z.enum(EVIDENCE_KINDS, { message: message("chooseEvidenceKind") }),
});

export const discardCorrectionSchema = z.object({
  correctionId: idField,
  reason: requiredText(500, message("explainDiscard")),
});

export const handleCorrectionSchema = z.object({ correctionId: idField, note: optionalText(500) });

export type CorrectionToEvidenceInput = z.output<typeof correctionToEvidenceSchema>;
export type DiscardCorrectionInput = z.output<typeof discardCorrectionSchema>;
export type HandleCorrectionInput = z.output<typeof handleCorrectionSchema>;
