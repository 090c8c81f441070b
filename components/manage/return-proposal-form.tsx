"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { returnProposalAction } from "@/lib/review/actions";
import { IDLE, type FormState } from "@/lib/operations/form-state";
import { RETURN_PAGE_FIELD } from "@/lib/paging";
import { TextArea } from "./fields";
import { FormStatus, useFormHelpers } from "./form-status";

/** "Return with a comment": sends a proposal (a status change by default) back to its proposer. */
export function ReturnProposalForm({
  proposalId,
  version,
  page = 1,
  action = returnProposalAction,
}: {
  proposalId: string;
  version: number;
  page?: number;
  action?: (previous: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations("review");
  const [state, formAction, isPending] = useActionState(action, IDLE);
  const h = useFormHelpers(state);
  return (
    <form action={formAction} className="space-y-2" aria-label={t("returnLabel")}>
      <FormStatus state={state} />
      {state.status === "invalid" && state.fieldErrors.proposalId ? (
        <p className="text-sm font-medium text-red-800">{h.error("proposalId")}</p>
      ) : null}
      <input type="hidden" name="proposalId" value={proposalId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name={RETURN_PAGE_FIELD} value={page} />
      <TextArea
        id={`return-comment-${proposalId}`}
        name="comment"
        label={t("comment")}
        hint={t("commentHint")}
        defaultValue={h.value("comment")}
        error={h.error("comment")}
        required
        maxLength={2000}
        rows={3}
      />
      <button
        type="submit"
        disabled={isPending}
        className="rounded border border-slate-500 bg-white px-3 py-1.5 font-medium"
      >
        {t("returnSubmit")}
      </button>
    </form>
  );
}
