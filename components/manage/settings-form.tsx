"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { updateSettingsAction } from "@/lib/review/actions";
import { IDLE } from "@/lib/operations/form-state";
import { FormStatus } from "./form-status";

/** The review settings: which status fields need a second editor's approval. */
export function SettingsForm({
  reviewAssessments,
  reviewClaims,
}: {
  reviewAssessments: boolean;
  reviewClaims: boolean;
}) {
  const t = useTranslations("settings");
  const [state, formAction, isPending] = useActionState(updateSettingsAction, IDLE);
  return (
    <form action={formAction} className="space-y-3" aria-label={t("reviewHeading")}>
      <FormStatus state={state} />
      {/* A checkbox sends nothing when cleared: the hidden "false" before it is read then. */}
      <input type="hidden" name="reviewAssessments" value="false" />
      <label className="flex items-start gap-2">
        <input
          type="checkbox"
          name="reviewAssessments"
          value="true"
          defaultChecked={reviewAssessments}
          className="mt-1"
        />
        <span>{t("reviewAssessments")}</span>
      </label>
      <input type="hidden" name="reviewClaims" value="false" />
      <label className="flex items-start gap-2">
        <input type="checkbox" name="reviewClaims" value="true" defaultChecked={reviewClaims} className="mt-1" />
        <span>{t("reviewClaims")}</span>
      </label>
      <button
        type="submit"
        disabled={isPending}
        className="rounded bg-slate-900 px-4 py-2 font-medium text-white disabled:opacity-60"
      >
        {t("save")}
      </button>
    </form>
  );
}
