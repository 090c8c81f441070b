import { z } from "zod";
import { message } from "@/lib/forms/messages";
import { SDG_TARGET_PATTERN } from "@/lib/recommendations/vocabulary";

/** The longest title an editor may save (the import keeps the export's title to the same length). */
export const SDG_TITLE_MAX = 300;

const title = z
  .string()
  .trim()
  .max(SDG_TITLE_MAX, message("tooLong", { max: SDG_TITLE_MAX }));

// The titles as stored when the form was rendered, compared verbatim (no trimming): they are the
// stale-edit check, not input. Longer than any title so a stored value is never refused as such.
const loadedTitle = z.string({ message: message("missingVersion") }).max(2_000, message("invalidVersion"));

/**
 * Translating one SDG target: the three titles (English required, Russian and Kazakh may stay
 * empty until translated) and the three the form was loaded with, for the stale-edit check.
 */
export const updateSdgTargetSchema = z.object({
  code: z
    .string({ message: message("missingId") })
    .trim()
    .regex(SDG_TARGET_PATTERN, message("invalidId")),
  titleEn: title.pipe(z.string().min(1, message("sdgTitleEnMissing"))),
  titleRu: title.default(""),
  titleKk: title.default(""),
  loadedEn: loadedTitle,
  loadedRu: loadedTitle,
  loadedKk: loadedTitle,
});
export type UpdateSdgTargetInput = z.output<typeof updateSdgTargetSchema>;
