"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formDataToObject } from "@/lib/forms/form-data";
import { OPERATIONS } from "@/lib/operations/registry";
import { problemState, type FormState } from "@/lib/operations/form-state";
import { takeReturnPage } from "@/lib/paging";

// Server actions of the review queue and the settings page; all checks happen in executeOperation.

export async function approveProposalAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const back = takeReturnPage(values);
  const outcome = await OPERATIONS["status.approve"].execute(values);
  if (!outcome.ok) return problemState(outcome, values);
  revalidatePath("/");
  redirect(`/manage/review?saved=approved${back}`);
}

export async function returnProposalAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const back = takeReturnPage(values);
  const outcome = await OPERATIONS["status.return"].execute(values);
  if (!outcome.ok) return problemState(outcome, values);
  redirect(`/manage/review?saved=returned${back}`);
}

export async function approveChangeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const back = takeReturnPage(values);
  const outcome = await OPERATIONS["change.approve"].execute(values);
  if (!outcome.ok) return problemState(outcome, values);
  revalidatePath("/");
  redirect(`/manage/review?saved=change-approved${back}`);
}

export async function returnChangeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const back = takeReturnPage(values);
  const outcome = await OPERATIONS["change.return"].execute(values);
  if (!outcome.ok) return problemState(outcome, values);
  redirect(`/manage/review?saved=returned${back}`);
}

export async function updateSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const outcome = await OPERATIONS["settings.update"].execute(values);
  if (!outcome.ok) return problemState(outcome, values);
  redirect("/manage/settings?saved=settings");
}
