"use server";
import { revalidatePath } from "next/cache";
import { formDataToObject } from "@/lib/forms/form-data";
import { problemState, type FormState } from "@/lib/operations/form-state";
import { OPERATIONS } from "@/lib/operations/registry";

// The themes and groups page's server action; every check happens in executeOperation.

export async function updateVocabularyTermAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const outcome = await OPERATIONS["vocabularyTerm.update"].execute(values);
  if (!outcome.ok) return problemState(outcome, values);
  revalidatePath("/manage", "layout");
  return { status: "saved", message: outcome.value.isChanged ? "saved" : "unchanged" };
}
