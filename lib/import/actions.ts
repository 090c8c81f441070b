"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineOperation } from "@/lib/operations/execute";
import { done, invalid, notFound } from "@/lib/operations/result";
import { problemState, type FormState } from "@/lib/operations/form-state";
import { readImportFile } from "./read-file";
import { serialiseParsedFile } from "./parse";
import { getImportDraft, planDraftImport } from "./data";
import { applyImportPlan, saveImportDraft } from "./mutations";
import { planDigest } from "./plan";
import { importApplySchema, importUploadSchema } from "./schema";
import { message } from "@/lib/forms/messages";
import { asFormData } from "@/lib/forms/form-data";

// Bulk import: upload → preview (nothing written but the stored file) → confirm → one transaction.
// Both steps run through executeOperation (Origin, live session, permission, schema).

const previewImport = defineOperation({
  permission: "import:run",
  schema: importUploadSchema,
  run: async (input, actor) => {
    const bytes = new Uint8Array(await input.file.arrayBuffer());
    // UHRI exports an Excel workbook, OHCHR a Word thematic list; a recommendations import reads them
    // as they are. The commitment import round-trips Uade's own CSV (lib/import/read-file.ts).
    const read = await readImportFile(bytes, input.kind);
    if (!read.isOk) return invalid({ file: read.message });
    const fileName = input.file.name.slice(0, 200) || "import.csv";
    const draft = await saveImportDraft(
      {
        kind: input.kind,
        fileName,
        content: read.content,
        parsed: await serialiseParsedFile(read.file),
        note: read.note,
      },
      actor.id,
    );
    return done({ draftId: draft.id });
  },
});

const applyImport = defineOperation({
  permission: "import:run",
  schema: importApplySchema,
  run: async (input, actor) => {
    const draft = await getImportDraft(input.draftId);
    // A recommendations draft is confirmed by lib/recommendations/actions.ts, never as commitments.
    if (!draft || draft.kind === "recommendations") return notFound();
    if (draft.appliedAt) return invalid({ form: message("importAlreadyApplied") });
    const plan = await planDraftImport(draft);
    if ("parseError" in plan) return invalid({ form: plan.parseError });
    // What is applied must be what the person confirmed: the data may have changed since.
    if ((await planDigest(plan)) !== input.digest) return invalid({ digest: "changed" });
    const outcome = await applyImportPlan(plan, draft.id, actor.id);
    if (!outcome.isApplied)
      return invalid({ form: message("importRowFailed", { row: outcome.rowNumber, problem: outcome.message }) });
    return done({ draftId: draft.id });
  },
});

export async function previewImportAction(_previous: FormState, submitted: FormData): Promise<FormState> {
  const formData = asFormData(submitted);
  const values = { kind: String(formData.get("kind") ?? "") };
  const outcome = await previewImport.execute({
    kind: formData.get("kind") ?? undefined,
    file: formData.get("file") ?? undefined,
  });
  if (!outcome.ok) return problemState(outcome, values);
  redirect(`/manage/import/${outcome.value.draftId}`);
}

export async function applyImportAction(_previous: FormState, submitted: FormData): Promise<FormState> {
  const formData = asFormData(submitted);
  const values = { draftId: String(formData.get("draftId") ?? ""), digest: String(formData.get("digest") ?? "") };
  const outcome = await applyImport.execute(values);
  if (!outcome.ok) {
    if (outcome.kind === "invalid" && outcome.fieldErrors.digest === "changed")
      redirect(`/manage/import/${values.draftId}?changed=1`);
    return problemState(outcome, values);
  }
  revalidatePath("/manage");
  redirect(`/manage/import/${outcome.value.draftId}?applied=1`);
}
