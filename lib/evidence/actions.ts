"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formDataToObject } from "@/lib/forms/form-data";
import { OPERATIONS } from "@/lib/operations/registry";
import { problemState, type FormState } from "@/lib/operations/form-state";

// Server actions of the evidence forms; all checks happen in executeOperation.

function refresh(commitmentId: string): void {
  revalidatePath("/");
  revalidatePath(`/manage/commitments/${commitmentId}`);
}

export async function addEvidenceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const outcome = await OPERATIONS["evidence.add"].execute(values);
  if (!outcome.ok) return problemState(outcome, values);
  const id = String(values.commitmentId);
  refresh(id);
  redirect(`/manage/commitments/${id}?saved=evidence-added`);
}

export async function editEvidenceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const outcome = await OPERATIONS["evidence.edit"].execute(values);
  if (!outcome.ok) return problemState(outcome, values);
  const id = String(values.commitmentId);
  refresh(id);
  redirect(`/manage/commitments/${id}?saved=${"proposalId" in outcome.value ? "proposed" : "evidence-edited"}`);
}

export async function removeEvidenceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const outcome = await OPERATIONS["evidence.remove"].execute(values);
  if (!outcome.ok) return problemState(outcome, values);
  const { commitmentId } = outcome.value;
  refresh(commitmentId);
  redirect(
    `/manage/commitments/${commitmentId}?saved=${"proposalId" in outcome.value ? "proposed" : "evidence-removed"}`,
  );
}
