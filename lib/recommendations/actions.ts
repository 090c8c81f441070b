"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formDataToObject } from "@/lib/forms/form-data";
import { problemState, type FormState } from "@/lib/operations/form-state";
import { OPERATIONS } from "@/lib/operations/registry";

// Server actions of the recommendations workspace; every check happens in executeOperation.

export async function linkRecommendationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const outcome = await OPERATIONS["recommendation.link"].execute(values);
  if (!outcome.ok) return problemState(outcome, values);
  revalidatePath("/manage", "layout");
  return { status: "saved", message: "linked" };
}

export async function unlinkRecommendationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const outcome = await OPERATIONS["recommendation.unlink"].execute(values);
  if (!outcome.ok) return problemState(outcome, values);
  revalidatePath("/manage", "layout");
  return { status: "saved", message: "unlinked" };
}

export async function updateRecommendationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const outcome = await OPERATIONS["recommendation.update"].execute(values);
  if (!outcome.ok) return problemState(outcome, values);
  revalidatePath("/manage", "layout");
  return { status: "saved", message: outcome.value.isChanged ? "saved" : "unchanged" };
}

export async function deleteRecommendationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const outcome = await OPERATIONS["recommendation.delete"].execute(values);
  if (!outcome.ok) return problemState(outcome, values);
  revalidatePath("/manage", "layout");
  redirect("/manage/recommendations?deleted=1");
}
