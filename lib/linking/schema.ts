import { z } from "zod";
import { idField } from "@/lib/forms/fields";
import { message } from "@/lib/forms/messages";

/** "Not related": a suggested pair that is never suggested again. */
export const dismissSuggestionSchema = z.object({ commitmentId: idField, recommendationId: idField });
export type DismissSuggestionInput = z.output<typeof dismissSuggestionSchema>;

/** At most this many recommendations are linked in one operation (a page of search results or a group). */
export const BULK_LINK_MAX = 200;

/** Linking the ticked recommendations (repeated form fields, or a JSON array) to one commitment. */
export const bulkLinkSchema = z.object({
  commitmentId: idField,
  recommendationIds: z.preprocess(
    (value) => (value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value]),
    z
      .array(idField)
      .min(1, message("linkNoneTicked"))
      .max(BULK_LINK_MAX, message("chooseAtMost", { max: BULK_LINK_MAX }))
      .transform((ids) => [...new Set(ids)]),
  ),
});
export type BulkLinkInput = z.output<typeof bulkLinkSchema>;
