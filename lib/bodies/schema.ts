import { z } from "zod";
import { idField, requiredText, versionField } from "@/lib/forms/fields";
import { message } from "@/lib/forms/messages";

/** A body's key: lower-case Latin letters, digits and single hyphens (it appears in /bodies/<key> and filters). */
export const BODY_KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_BODY_KEY_LENGTH = 60;

export const bodyKeySchema = z
  .string({ message: message("chooseBody") })
  .trim()
  .min(1, message("chooseBody"))
  .max(MAX_BODY_KEY_LENGTH, message("tooLong", { max: MAX_BODY_KEY_LENGTH }))
  .regex(BODY_KEY_PATTERN, message("bodyKeyFormat"));

const bodyNames = {
  nameEn: requiredText(200, message("nameBodyIn")),
  nameRu: requiredText(200, message("nameBodyIn")),
  nameKk: requiredText(200, message("nameBodyIn")),
};

/** A new responsible body: its key and its name in each language. */
export const createBodySchema = z.object({ key: bodyKeySchema, ...bodyNames });
/** New names for an existing body (the key never changes: links and filters use it). */
export const updateBodySchema = z.object({ key: idField, version: versionField, ...bodyNames });

export type CreateBodyInput = z.infer<typeof createBodySchema>;
export type UpdateBodyInput = z.infer<typeof updateBodySchema>;
