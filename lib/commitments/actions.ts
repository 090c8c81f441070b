"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formDataToObject } from "@/lib/forms/form-data";
import { OPERATIONS } from "@/lib/operations/registry";
import { problemState, type FormState } from "@/lib/operations/form-state";
import { executeOperation } from "@/lib/operations/execute";
import { statusFormSchema } from "@/lib/statuses/schema";

// Server actions of the commitment forms. Each runs through executeOperation (Origin, session
// against the user row, permission, schema) before anything is written.

function refreshPublicViews(id: string): void {
  revalidatePath("/");
  revalidatePath("/manage");
  revalidatePath(`/manage/commitments/${id}`);
}

export async function createCommitmentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const outcome = await OPERATIONS["commitment.create"].execute(values);
  if (!outcome.ok) return problemState(outcome, values);
  refreshPublicViews(outcome.value.id);
  // With claim review on, the claim waits for a reviewer (lib/publishing/mutations.ts).
  redirect(
    `/manage/commitments/${outcome.value.id}?saved=${outcome.value.proposalId ? "created-claim-proposed" : "created"}`,
  );
}

export async function updateCommitmentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const outcome = await OPERATIONS["commitment.update"].execute(values);
  if (!outcome.ok) return problemState(outcome, values);
  refreshPublicViews(outcome.value.id);
  redirect(`/manage/commitments/${outcome.value.id}?saved=details`);
}

export async function setPublicationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const outcome = await OPERATIONS["commitment.publication"].execute(values);
  if (!outcome.ok) return problemState(outcome, values);
  refreshPublicViews(outcome.value.id);
  redirect(
    `/manage/commitments/${outcome.value.id}?saved=${values.change === "publish" ? "published" : "unpublished"}`,
  );
}

export async function setArchivedAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const outcome = await OPERATIONS["commitment.archive"].execute(values);
  if (!outcome.ok) return problemState(outcome, values);
  refreshPublicViews(outcome.value.id);
  redirect(`/manage/commitments/${outcome.value.id}?saved=${values.change === "archive" ? "archived" : "restored"}`);
}

export async function addQuoteAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const outcome = await OPERATIONS["quote.add"].execute(values);
  if (!outcome.ok) return problemState(outcome, values);
  const id = String(values.commitmentId);
  refreshPublicViews(id);
  redirect(`/manage/commitments/${id}?saved=${"proposalId" in outcome.value ? "proposed" : "quote-added"}`);
}

export async function removeQuoteAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const outcome = await OPERATIONS["quote.remove"].execute(values);
  if (!outcome.ok) return problemState(outcome, values);
  const id = String(values.commitmentId);
  refreshPublicViews(id);
  redirect(`/manage/commitments/${id}?saved=${"proposalId" in outcome.value ? "proposed" : "quote-removed"}`);
}

// The form runs status.update with its stricter schema (a reason is required; scripts may leave it out).
const STATUS_FORM_OPERATION = { ...OPERATIONS["status.update"], schema: statusFormSchema };

export async function updateStatusAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const outcome = await executeOperation(STATUS_FORM_OPERATION, values);
  if (!outcome.ok) return problemState(outcome, values);
  const id = String(values.commitmentId);
  refreshPublicViews(id);
  redirect(`/manage/commitments/${id}?saved=${"proposalId" in outcome.value ? "proposed" : "status"}`);
}

export async function markVerifiedAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const outcome = await OPERATIONS["status.verify"].execute(values);
  if (!outcome.ok) return problemState(outcome, values);
  const id = String(values.commitmentId);
  refreshPublicViews(id);
  redirect(`/manage/commitments/${id}?saved=verified`);
}

export async function saveTranslationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const outcome = await OPERATIONS["commitment.translate"].execute(values);
  if (!outcome.ok) return problemState(outcome, values);
  refreshPublicViews(outcome.value.id);
  redirect(`/manage/commitments/${outcome.value.id}?saved=translation`);
}

export async function editSourceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const outcome = await OPERATIONS["source.edit"].execute(values);
  if (!outcome.ok) return problemState(outcome, values);
  const id = String(values.commitmentId);
  refreshPublicViews(id);
  redirect(`/manage/commitments/${id}?saved=source-edited`);
}
