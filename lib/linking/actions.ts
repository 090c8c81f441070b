"use server";
import { revalidatePath } from "next/cache";
import { formDataToObject } from "@/lib/forms/form-data";
import { problemState, type FormState } from "@/lib/operations/form-state";
import { OPERATIONS } from "@/lib/operations/registry";

// Server actions of link suggestions; every check happens in executeOperation. Linking one
// suggestion is the recommendations workspace's own linkRecommendationAction.

export async function dismissSuggestionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const outcome = await OPERATIONS["suggestion.dismiss"].execute(values);
  if (!outcome.ok) return problemState(outcome, values);
  revalidatePath("/manage", "layout");
  return { status: "saved", message: "dismissed" };
}

export async function linkRecommendationsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const outcome = await OPERATIONS["recommendation.link-many"].execute(values);
  if (!outcome.ok) return problemState(outcome, values);
  revalidatePath("/manage", "layout");
  const { linked, alreadyLinked, missing } = outcome.value;
  return { status: "saved", message: JSON.stringify({ linked, alreadyLinked, missing }) };
}
