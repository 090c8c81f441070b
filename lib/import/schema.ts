import { z } from "zod";
import { idField } from "@/lib/forms/fields";
import { IMPORT_KINDS } from "./columns";
import { MAX_IMPORT_BYTES } from "./decode";

/** The upload form: what the file contains, and the file. */
export const importUploadSchema = z.object({
  kind: z.enum(IMPORT_KINDS, { message: "Choose what the file contains." }),
  file: z
    .instanceof(File, { message: "Choose a CSV file." })
    .refine((file) => file.size > 0, "Choose a CSV file.")
    .refine((file) => file.size <= MAX_IMPORT_BYTES, "The file is larger than 5 MB. Split it into smaller files."),
});

/** Confirming a preview: which draft, and the fingerprint of the plan the person saw. */
export const importApplySchema = z.object({
  draftId: idField,
  digest: z.string().regex(/^[0-9a-f]{64}$/, "The preview is missing; upload the file again."),
});
