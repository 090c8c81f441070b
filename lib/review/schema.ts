import { z } from "zod";
import { idField, requiredText, versionField } from "@/lib/forms/fields";
import { message } from "@/lib/forms/messages";

/**
 * true/false from a script (JSON or "true"/"false"), or a checkbox with its hidden "false" before
 * it (the last value wins). Absent: left as it is.
 */
const flag = z.preprocess(
  (raw) => {
    const value = Array.isArray(raw) ? raw[raw.length - 1] : raw;
    if (value === "false" || value === false) return false;
    if (value === "true" || value === "on" || value === true) return true;
    return value === "" || value === null ? undefined : value;
  },
  z.boolean({ message: message("chooseTrueOrFalse") }).optional(),
);

/** settings.update: which status fields need a second editor's approval (admins); at least one is given. */
export const settingsUpdateSchema = z
  .object({ reviewAssessments: flag, reviewClaims: flag })
  .refine((input) => input.reviewAssessments !== undefined || input.reviewClaims !== undefined, {
    path: ["form"],
    message: message("chooseSetting"),
  });
export type SettingsUpdateInput = z.output<typeof settingsUpdateSchema>;

/**
 * Every decision names the proposal's version the reviewer saw (required: a decision without it
 * could approve a proposal revised after the reviewer read it; a different one is a conflict).
 */
export const decideProposalSchema = z.object({ proposalId: idField, version: versionField });
export type DecideProposalInput = z.output<typeof decideProposalSchema>;

/** status.approve (and change.approve): a second editor makes a proposal the public change. */
export const approveProposalSchema = decideProposalSchema;
export type ApproveProposalInput = DecideProposalInput;

/** status.return (and change.return): a second editor sends a proposal back with a comment. */
export const returnProposalSchema = decideProposalSchema.extend({
  comment: requiredText(2000, message("explainReturn")),
});
export type ReturnProposalInput = z.output<typeof returnProposalSchema>;
