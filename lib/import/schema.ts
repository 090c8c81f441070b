import { z } from "zod";
import { idField } from "@/lib/forms/fields";
import { UPLOAD_KINDS } from "./columns";
import { MAX_IMPORT_BYTES } from "./decode";
import { message } from "@/lib/forms/messages";

/** The upload form: what the file contains, and the file. */
export const importUploadSchema = z.object({
  kind: z.enum(UPLOAD_KINDS, { message: message("chooseImportKind") }),
  file: z
    .instanceof(File, { message: message("chooseCsvFile") })
    .refine((file) => file.size > 0, message("chooseCsvFile"))
    .refine(
      (file) => file.size <= MAX_IMPORT_BYTES,
      message("fileTooLarge", { limit: MAX_IMPORT_BYTES / 1024 / 1024 }),
    ),
});

/** Confirming a preview: which draft, and the fingerprint of the plan the person saw. */
export const importApplySchema = z.object({
  draftId: idField,
  digest: z.string().regex(/^[0-9a-f]{64}$/, message("previewMissing")),
});
