import { z } from "zod";
import { idField } from "@/lib/forms/fields";
import { message } from "@/lib/forms/messages";
import { MAX_URL_LENGTH, UNSAFE_URL_MESSAGE } from "@/lib/evidence/url";
import { toSafeUrlOrIssue } from "@/lib/evidence/schema";

/** A partner's receiver: an http(s) address without credentials (where it may point is checked in mutations.ts). */
export const createWebhookSchema = z.object({
  url: z
    .string({ message: UNSAFE_URL_MESSAGE })
    .trim()
    .max(MAX_URL_LENGTH, message("tooLong", { max: MAX_URL_LENGTH }))
    .transform(toSafeUrlOrIssue),
});

export const removeWebhookSchema = z.object({ webhookId: idField });

export type CreateWebhookInput = z.output<typeof createWebhookSchema>;
export type RemoveWebhookInput = z.output<typeof removeWebhookSchema>;
