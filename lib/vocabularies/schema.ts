import { z } from "zod";
import { message } from "@/lib/forms/messages";
import { TERM_KINDS } from "./terms";

/** The longest name an editor may save. */
export const TERM_NAME_MAX = 200;

const name = z
  .string()
  .trim()
  .max(TERM_NAME_MAX, message("tooLong", { max: TERM_NAME_MAX }));

// The names as stored when the form was rendered, compared verbatim: the stale-edit check, not input.
const loadedName = z.string({ message: message("missingVersion") }).max(2_000, message("invalidVersion"));

/**
 * Translating one theme or affected group: the three names (English required, Russian and Kazakh
 * may stay empty until translated) and the three the form was loaded with.
 */
export const updateVocabularyTermSchema = z.object({
  kind: z.enum(TERM_KINDS, { message: message("invalidId") }),
  key: z
    .string({ message: message("missingId") })
    .min(1, message("missingId"))
    .max(2_000, message("invalidId")),
  nameEn: name.pipe(z.string().min(1, message("termNameEnMissing"))),
  nameRu: name.default(""),
  nameKk: name.default(""),
  loadedEn: loadedName,
  loadedRu: loadedName,
  loadedKk: loadedName,
});
export type UpdateVocabularyTermInput = z.output<typeof updateVocabularyTermSchema>;
