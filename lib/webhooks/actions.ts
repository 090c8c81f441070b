"use server";
import { revalidatePath } from "next/cache";
import { formDataToObject } from "@/lib/forms/form-data";
import { OPERATIONS } from "@/lib/operations/registry";
import { problemState, type FormState } from "@/lib/operations/form-state";

// Server actions of the admin webhooks page; all checks happen in executeOperation.

/** Registers a receiver; the saved state's message carries the secret, shown once. */
export async function createWebhookAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const outcome = await OPERATIONS["webhook.create"].execute(values);
  if (!outcome.ok) return problemState(outcome, values);
  revalidatePath("/manage/webhooks");
  return { status: "saved", message: outcome.value.secret };
}

export async function removeWebhookAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const outcome = await OPERATIONS["webhook.remove"].execute(values);
  if (!outcome.ok) return problemState(outcome, values);
  revalidatePath("/manage/webhooks");
  return { status: "saved", message: outcome.value.id };
}
