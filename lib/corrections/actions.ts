"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formDataToObject } from "@/lib/forms/form-data";
import { OPERATIONS } from "@/lib/operations/registry";
import { problemState, type FormState } from "@/lib/operations/form-state";
import { takeReturnPage } from "@/lib/paging";

// Server actions of the reader inbox (editors); all checks happen in executeOperation.

export async function handleCorrectionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const back = takeReturnPage(values);
  const outcome = await OPERATIONS["correction.handle"].execute(values);
  if (!outcome.ok) return problemState(outcome, values);
  redirect(`/manage/inbox?saved=handled${back}`);
}

export async function correctionToEvidenceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const back = takeReturnPage(values);
  const outcome = await OPERATIONS["correction.to-evidence"].execute(values);
  if (!outcome.ok) return problemState(outcome, values);
  revalidatePath("/");
  redirect(`/manage/inbox?saved=evidence${back}`);
}

export async function discardCorrectionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const back = takeReturnPage(values);
  const outcome = await OPERATIONS["correction.discard"].execute(values);
  if (!outcome.ok) return problemState(outcome, values);
  redirect(`/manage/inbox?saved=discarded${back}`);
}

export async function forgetCorrectionEmailAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const back = takeReturnPage(values);
  const outcome = await OPERATIONS["correction.forget-email"].execute(values);
  if (!outcome.ok) return problemState(outcome, values);
  redirect(`/manage/inbox?saved=email-forgotten${back}`);
}
