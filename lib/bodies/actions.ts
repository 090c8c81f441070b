"use server";
import { revalidatePath } from "next/cache";
import { formDataToObject } from "@/lib/forms/form-data";
import { OPERATIONS } from "@/lib/operations/registry";
import { problemState, type FormState } from "@/lib/operations/form-state";

// Server actions of the admin bodies page; all checks happen in executeOperation.

export async function createBodyAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const outcome = await OPERATIONS["body.create"].execute(values);
  if (!outcome.ok) return problemState(outcome, values);
  revalidatePath("/manage/bodies");
  return { status: "saved", message: outcome.value.key };
}

export async function updateBodyAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const outcome = await OPERATIONS["body.update"].execute(values);
  if (!outcome.ok) return problemState(outcome, values);
  revalidatePath("/manage/bodies");
  return { status: "saved", message: outcome.value.key };
}
