"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { asFormData } from "@/lib/forms/form-data";
import { formDataToObject } from "@/lib/forms/form-data";
import { message } from "@/lib/forms/messages";
import { defineOperation } from "@/lib/manage/execute";
import { problemState, type FormState } from "@/lib/manage/form-state";
import { OPERATIONS } from "@/lib/manage/operations";
import { done, invalid, notFound } from "@/lib/manage/result";
import { getImportDraft } from "@/lib/import/data";
import { planRecommendationDraft, recommendationPlanDigest } from "./import-data";
import { applyRecommendationPlan } from "./import-mutations";
import { recommendationApplySchema } from "./schema";

// Server actions of the recommendations workspace; every check happens in executeOperation.

const applyRecommendationImport = defineOperation({
  permission: "import:run",
  schema: recommendationApplySchema,
  run: async (input, actor) => {
    const draft = await getImportDraft(input.draftId);
    if (!draft || draft.kind !== "recommendations") return notFound();
    if (draft.appliedAt) return invalid({ form: message("importAlreadyApplied") });
    const plan = await planRecommendationDraft(draft);
    if ("parseError" in plan) return invalid({ form: plan.parseError });
    // What is applied must be what the person confirmed: the data may have changed since.
    if ((await recommendationPlanDigest(plan)) !== input.digest) return invalid({ digest: "changed" });
    const outcome = await applyRecommendationPlan(plan, draft.id, actor.id);
    return outcome.ok ? done({ draftId: draft.id }) : outcome;
  },
});

export async function applyRecommendationImportAction(_previous: FormState, submitted: FormData): Promise<FormState> {
  const formData = asFormData(submitted);
  const values = { draftId: String(formData.get("draftId") ?? ""), digest: String(formData.get("digest") ?? "") };
  const outcome = await applyRecommendationImport.execute(values);
  if (!outcome.ok) {
    if (outcome.kind === "invalid" && outcome.fieldErrors.digest === "changed")
      redirect(`/manage/import/${values.draftId}?changed=1`);
    return problemState(outcome, values);
  }
  redirect(`/manage/import/${outcome.value.draftId}?applied=1`);
}

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
