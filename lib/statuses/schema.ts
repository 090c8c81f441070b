import { z } from "zod";
import { ASSESSMENTS, EVIDENCE_KINDS, OFFICIAL_CLAIMS, STATUS_FIELDS, type AssessmentKey } from "@/lib/vocabulary";
import { idField, idList, optionalText, pastOrTodayDate, requiredText, versionField } from "@/lib/forms/fields";
import { safeUrlField } from "@/lib/evidence/schema";
import { message } from "@/lib/forms/messages";
import { EARLIEST_EFFECTIVE_DAY, parseCalendarDate } from "@/lib/calendar";
import { CHOSEN_REASON_CODES, UNSPECIFIED_REASON } from "./reasons";

/** Assessments that may only be recorded with at least one evidence link. */
export const ASSESSMENTS_REQUIRING_EVIDENCE: readonly AssessmentKey[] = [
  "IMPLEMENTED",
  "PARTIALLY_IMPLEMENTED",
  "REVERSED",
];

const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

/** The "Update status" form: a new assessment or official claim, when, why, and on what evidence. */
export const statusUpdateSchema = z
  .object({
    commitmentId: idField,
    version: versionField,
    field: z.enum(STATUS_FIELDS, { message: message("chooseStatusField") }),
    to: z
      .string({ message: message("chooseNewStatus") })
      .trim()
      .min(1, message("chooseNewStatus"))
      .max(40, message("chooseNewStatus")),
    effectiveOn: pastOrTodayDate(message("enterEffectiveDate")).refine(
      (day) => day >= parseCalendarDate(EARLIEST_EFFECTIVE_DAY),
      message("effectiveBeforeIndependence", { date: EARLIEST_EFFECTIVE_DAY }),
    ),
    justification: requiredText(5000, message("explainChange")),
    // Scripts and imports that send none record "unspecified"; the form requires one (statusFormSchema).
    reasonCode: z
      .preprocess(blankToUndefined, z.enum(CHOSEN_REASON_CODES, { message: message("chooseReason") }).optional())
      .transform((code) => code ?? UNSPECIFIED_REASON),
    evidenceIds: idList(20),
    /** Set when the proposer revises a proposal that was returned (lib/review). */
    proposalId: z.preprocess(blankToUndefined, idField.optional()),
    newEvidenceUrl: z.preprocess(blankToUndefined, safeUrlField.optional()),
    newEvidenceTitle: optionalText(300),
    newEvidenceKind: z.preprocess(
      blankToUndefined,
      z.enum(EVIDENCE_KINDS, { message: message("chooseEvidenceKind") }).optional(),
    ),
    newEvidencePublisher: optionalText(200),
    newEvidencePublishedOn: z.preprocess(blankToUndefined, pastOrTodayDate().optional()),
  })
  .superRefine((input, context) => {
    const allowed: readonly string[] = input.field === "ASSESSMENT" ? ASSESSMENTS : OFFICIAL_CLAIMS;
    if (!allowed.includes(input.to))
      context.addIssue({ code: "custom", path: ["to"], message: message("chooseListedStatus") });
    if (input.newEvidenceUrl && !input.newEvidenceTitle) {
      context.addIssue({ code: "custom", path: ["newEvidenceTitle"], message: message("newEvidenceTitle") });
    }
    const evidenceCount = input.evidenceIds.length + (input.newEvidenceUrl ? 1 : 0);
    if (
      input.field === "ASSESSMENT" &&
      (ASSESSMENTS_REQUIRING_EVIDENCE as readonly string[]).includes(input.to) &&
      evidenceCount === 0
    ) {
      context.addIssue({
        code: "custom",
        path: ["evidence"],
        message: message("evidenceRequired"),
      });
    }
  });

export type StatusUpdateInput = z.output<typeof statusUpdateSchema>;

/** The "Update status" form also requires a reason (the API and the import may leave it out). */
export const statusFormSchema = statusUpdateSchema.superRefine((input, context) => {
  if (input.reasonCode === UNSPECIFIED_REASON)
    context.addIssue({ code: "custom", path: ["reasonCode"], message: message("chooseReason") });
});

/** "Mark verified": an editor re-checked the status on a date, without changing it. */
export const markVerifiedSchema = z.object({
  commitmentId: idField,
  version: versionField,
  verifiedOn: pastOrTodayDate(message("enterVerifiedDate")),
  note: requiredText(2000, message("describeCheck")),
});

export type MarkVerifiedInput = z.output<typeof markVerifiedSchema>;
