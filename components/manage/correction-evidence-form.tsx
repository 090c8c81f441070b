"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { correctionToEvidenceAction } from "@/lib/corrections/actions";
import { IDLE } from "@/lib/operations/form-state";
import { RETURN_PAGE_FIELD } from "@/lib/paging";
import { EVIDENCE_KINDS } from "@/lib/vocabulary";
import { SelectField, TextField } from "./fields";
import { FormStatus, useFormHelpers } from "./form-status";

/** "Make it evidence": the reader's URL becomes an evidence link on the record, in one step. */
export function CorrectionEvidenceForm({
  correctionId,
  url,
  page = 1,
}: {
  correctionId: string;
  url: string;
  page?: number;
}) {
  const t = useTranslations();
  const [state, formAction, isPending] = useActionState(correctionToEvidenceAction, IDLE);
  const h = useFormHelpers(state);
  return (
    <form action={formAction} className="space-y-2" aria-label={t("inbox.toEvidence")}>
      <FormStatus state={state} />
      {state.status === "invalid" && state.fieldErrors.correctionId ? (
        <p className="text-sm font-medium text-red-800">{h.error("correctionId")}</p>
      ) : null}
      <input type="hidden" name="correctionId" value={correctionId} />
      <input type="hidden" name={RETURN_PAGE_FIELD} value={page} />
      <TextField
        id={`evidence-title-${correctionId}`}
        name="title"
        label={t("inbox.evidenceTitle")}
        hint={url}
        defaultValue={h.value("title")}
        error={h.error("title")}
        required
        maxLength={300}
      />
      <SelectField
        id={`evidence-kind-${correctionId}`}
        name="kind"
        label={t("inbox.evidenceKind")}
        defaultValue={h.value("kind", "OTHER")}
        error={h.error("kind")}
        options={EVIDENCE_KINDS.map((key) => ({ value: key, label: t(`evidenceKind.${key}`) }))}
      />
      <button
        type="submit"
        disabled={isPending}
        className="rounded bg-slate-900 px-3 py-1.5 font-medium text-white disabled:opacity-60"
      >
        {t("inbox.toEvidenceSubmit")}
      </button>
    </form>
  );
}
