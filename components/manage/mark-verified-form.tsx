"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { markVerifiedAction } from "@/lib/commitments/actions";
import { IDLE } from "@/lib/operations/form-state";
import { formKeyOf } from "./form-key";
import { useClientValidation } from "./use-client-validation";
import { markVerifiedSchema } from "@/lib/statuses/schema";
import { ConflictPanel } from "./conflict-panel";
import { TextArea, TextField } from "./fields";
import { FormStatus, useFormHelpers } from "./form-status";

/** "Mark verified": records a re-check of the current status, with its date and a note. */
export function MarkVerifiedForm({
  commitmentId,
  version,
  today,
  opened,
}: {
  commitmentId: string;
  version: number;
  today: string;
  opened: Record<string, unknown>;
}) {
  const t = useTranslations();
  const [state, formAction, isPending] = useActionState(markVerifiedAction, IDLE);
  const { clientErrors, onSubmit } = useClientValidation(markVerifiedSchema);
  const h = useFormHelpers(state, clientErrors);
  return (
    <form
      key={formKeyOf(state)}
      action={formAction}
      onSubmit={onSubmit}
      className="space-y-3"
      noValidate
      aria-label={t("manage.verify.title")}
    >
      {state.status === "conflict" ? (
        <ConflictPanel
          fields={[
            { key: "assessment", label: t("manage.commitment.currentAssessment") },
            { key: "officialClaim", label: t("manage.commitment.currentClaim") },
            { key: "lastVerifiedOn", label: t("manage.commitment.lastVerified") },
          ]}
          opened={opened}
          current={state.current}
        />
      ) : null}
      <FormStatus state={state} clientErrors={clientErrors} />
      <p className="text-slate-700">{t("manage.verify.intro")}</p>
      <input type="hidden" name="commitmentId" value={commitmentId} />
      <input type="hidden" name="version" value={state.status === "conflict" ? state.currentVersion : version} />
      <TextField
        id="verify-verifiedOn"
        name="verifiedOn"
        type="date"
        label={t("manage.verify.verifiedOn")}
        defaultValue={h.value("verifiedOn", today)}
        error={h.error("verifiedOn")}
        required
      />
      <TextArea
        id="verify-note"
        name="note"
        rows={2}
        label={t("manage.verify.note")}
        defaultValue={h.value("note")}
        error={h.error("note")}
        required
        maxLength={2000}
      />
      <button
        type="submit"
        disabled={isPending}
        className="rounded border border-slate-500 px-4 py-2 font-medium disabled:opacity-60"
      >
        {isPending ? t("manage.form.saving") : t("manage.verify.submit")}
      </button>
    </form>
  );
}
