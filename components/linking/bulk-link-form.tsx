"use client";
import { useActionState, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { FormStatus, useValidationMessages } from "@/components/manage/form-status";
import { IDLE } from "@/lib/operations/form-state";
import { linkRecommendationsAction } from "@/lib/linking/actions";

type Props = {
  /** The recommendations on the page (a search's results or a group), each with its label. */
  items: { id: string; label: ReactNode }[];
  /** The commitments to choose from (not archived), titled in the editor's language. */
  commitments: { id: string; title: string }[];
  /** Ticked from the start (a group's own recommendation, say). */
  initiallyTicked?: string[];
  testId: string;
};

/**
 * Ticks recommendations (or all on the page) and links them to one commitment in one audited
 * operation; the result says how many were linked and how many were already linked.
 */
export function BulkLinkForm({ items, commitments, initiallyTicked = [], testId }: Props) {
  const t = useTranslations("linking");
  const words = useValidationMessages();
  const [state, formAction, isPending] = useActionState(linkRecommendationsAction, IDLE);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set(initiallyTicked));
  const isEveryTicked = items.length > 0 && items.every((item) => ticked.has(item.id));
  const toggle = (id: string) =>
    setTicked((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const counts =
    state.status === "saved"
      ? (JSON.parse(state.message) as { linked: number; alreadyLinked: number; missing: number })
      : null;
  return (
    <form action={formAction} className="space-y-3" data-testid={testId}>
      <FormStatus state={state} />
      {state.status === "invalid" && Object.keys(state.fieldErrors).some((key) => key !== "form") ? (
        <p role="alert" className="text-sm font-medium text-red-800">
          {Object.values(state.fieldErrors).map(words).join(" ")}
        </p>
      ) : null}
      {counts ? (
        <p role="status" className="rounded border border-emerald-700 bg-emerald-50 p-3 text-emerald-900">
          {t("bulkDone", counts)}
        </p>
      ) : null}
      <label className="flex items-center gap-2 font-medium">
        <input
          type="checkbox"
          checked={isEveryTicked}
          onChange={() => setTicked(isEveryTicked ? new Set() : new Set(items.map((item) => item.id)))}
        />
        {t("tickAll", { count: items.length })}
      </label>
      <ul className="space-y-3">
        {items.map((item) => (
          <li key={item.id} className="flex items-start gap-3 rounded border border-slate-300 p-3">
            <input
              type="checkbox"
              name="recommendationIds"
              value={item.id}
              checked={ticked.has(item.id)}
              onChange={() => toggle(item.id)}
              aria-label={t("tickOne")}
              className="mt-1"
            />
            <div className="min-w-0 grow">{item.label}</div>
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap items-end gap-2 rounded border border-slate-300 bg-slate-50 p-3">
        <label className="block grow">
          <span className="font-medium">{t("bulkCommitment")}</span>
          <select name="commitmentId" required className="mt-1 block w-full rounded border border-slate-500 p-2">
            <option value="">{t("chooseCommitment")}</option>
            {commitments.map((commitment) => (
              <option key={commitment.id} value={commitment.id}>
                {commitment.title}
              </option>
            ))}
          </select>
        </label>
        <button
          type="submit"
          disabled={isPending || ticked.size === 0}
          className="rounded bg-slate-900 px-4 py-2 font-medium text-white disabled:opacity-60"
        >
          {t("bulkLink", { count: ticked.size })}
        </button>
      </div>
    </form>
  );
}
