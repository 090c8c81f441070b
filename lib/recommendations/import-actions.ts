"use server";
import { redirect } from "next/navigation";
import { asFormData } from "@/lib/forms/form-data";
import { message } from "@/lib/forms/messages";
import { defineOperation } from "@/lib/operations/execute";
import { problemState, type FormState } from "@/lib/operations/form-state";
import { done, invalid, notFound } from "@/lib/operations/result";
import { getImportDraft } from "@/lib/import/data";
import { planRecommendationDraft, recommendationPlanDigest } from "./import-data";
import { applyRecommendationPlan } from "./import-mutations";
import { withoutProblemRows } from "./import-plan";
import { recommendationImportApplySchema } from "./import-schema";

// Confirming a recommendations import; every check happens in executeOperation (Origin, session, role).

const applyRecommendationImport = defineOperation({
  permission: "import:run",
  schema: recommendationImportApplySchema,
  run: async (input, actor) => {
    const draft = await getImportDraft(input.draftId);
    if (!draft || draft.kind !== "recommendations") return notFound();
    if (draft.appliedAt) return invalid({ form: message("importAlreadyApplied") });
    const plan = await planRecommendationDraft(draft);
    if ("parseError" in plan) return invalid({ form: plan.parseError });
    // What is applied must be what the person confirmed: the data may have changed since.
    if ((await recommendationPlanDigest(plan)) !== input.digest) return invalid({ digest: "changed" });
    // Rows with problems are left out only when the person chose so; otherwise nothing is written.
    const chosen = input.withoutProblemRows === "yes" ? withoutProblemRows(plan) : { ...plan, problemRows: [] };
    const outcome = await applyRecommendationPlan(chosen, draft.id, actor.id, { problemRows: chosen.problemRows });
    return outcome.ok ? done({ draftId: draft.id }) : outcome;
  },
});

export async function applyRecommendationImportAction(_previous: FormState, submitted: FormData): Promise<FormState> {
  const formData = asFormData(submitted);
  const values = {
    draftId: String(formData.get("draftId") ?? ""),
    digest: String(formData.get("digest") ?? ""),
    withoutProblemRows: String(formData.get("withoutProblemRows") ?? "no"),
  };
  const outcome = await applyRecommendationImport.execute(values);
  if (!outcome.ok) {
    if (outcome.kind === "invalid" && outcome.fieldErrors.digest === "changed")
      redirect(`/manage/import/${values.draftId}?changed=1`);
    return problemState(outcome, values);
  }
  redirect(`/manage/import/${outcome.value.draftId}?applied=1`);
}
