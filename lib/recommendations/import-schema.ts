import { z } from "zod";
import { idField } from "@/lib/forms/fields";
import { message } from "@/lib/forms/messages";

/** Confirming a recommendations preview: the draft, the plan's fingerprint, and whether to leave out the rows with problems. */
export const recommendationImportApplySchema = z.object({
  draftId: idField,
  digest: z.string().regex(/^[0-9a-f]{64}$/, message("previewMissing")),
  withoutProblemRows: z.enum(["yes", "no"]).default("no"),
});
