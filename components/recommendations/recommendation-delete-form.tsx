"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { deleteRecommendationAction } from "@/lib/recommendations/actions";
import { IDLE } from "@/lib/operations/form-state";
import { FormStatus, useFormHelpers } from "@/components/manage/form-status";
import { formKeyOf } from "@/components/manage/form-key";

/**
 * Deletes a recommendation, a step costly to take by mistake: the person ticks that the links to
 * the commitments they are shown go too. The server checks the tick and the number of links again.
 */
export function RecommendationDeleteForm({
  recommendationId,
  loadedAt,
  linkCount,
}: {
  recommendationId: string;
  loadedAt: string;
  linkCount: number;
}) {
  const t = useTranslations("recommendationsManage.delete");
  const [state, formAction, isPending] = useActionState(deleteRecommendationAction, IDLE);
  const h = useFormHelpers(state);
  const error = h.error("confirm");
  return (
    <form
      key={formKeyOf(state)}
      action={formAction}
      className="space-y-3 rounded border border-red-700 p-4"
      aria-labelledby="recommendation-delete-heading"
      data-testid="recommendation-delete"
    >
      <h2 id="recommendation-delete-heading" className="text-2xl font-semibold">
        {t("heading")}
      </h2>
      <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      <FormStatus state={state} />
      <input type="hidden" name="recommendationId" value={recommendationId} />
      <input type="hidden" name="loadedAt" value={loadedAt} />
      <input type="hidden" name="linkCount" value={linkCount} />
      <label className="flex items-start gap-2">
        <input
          type="checkbox"
          name="confirm"
          value="yes"
          className="mt-1"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "recommendation-delete-error" : undefined}
        />
        <span>{t("confirm", { count: linkCount })}</span>
      </label>
      {error ? (
        <p id="recommendation-delete-error" className="text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={isPending}
        className="rounded border border-red-700 bg-white px-4 py-2 font-medium text-red-800 disabled:opacity-60"
      >
        {isPending ? t("deleting") : t("submit")}
      </button>
    </form>
  );
}
