"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { addQuoteAction } from "@/lib/commitments/actions";
import { IDLE } from "@/lib/operations/form-state";
import { formKeyOf } from "./form-key";
import { useClientValidation } from "./use-client-validation";
import { addQuoteSchema } from "@/lib/commitments/schema";
import { ConflictPanel } from "./conflict-panel";
import { FormStatus, useFormHelpers } from "./form-status";
import { QuoteFields, type SourceOption } from "./quote-fields";

/** Adds a verbatim quote from an existing or a new source. */
export function AddQuoteForm({
  commitmentId,
  version,
  sources,
}: {
  commitmentId: string;
  version: number;
  sources: readonly SourceOption[];
}) {
  const t = useTranslations("manage");
  const [state, formAction, isPending] = useActionState(addQuoteAction, IDLE);
  const { clientErrors, onSubmit } = useClientValidation(addQuoteSchema);
  const h = useFormHelpers(state, clientErrors);
  return (
    <form
      key={formKeyOf(state)}
      action={formAction}
      onSubmit={onSubmit}
      className="space-y-3"
      noValidate
      aria-label={t("quotes.add")}
    >
      {state.status === "conflict" ? <ConflictPanel fields={[]} opened={{}} current={state.current} /> : null}
      <FormStatus state={state} clientErrors={clientErrors} />
      <input type="hidden" name="commitmentId" value={commitmentId} />
      <input type="hidden" name="version" value={state.status === "conflict" ? state.currentVersion : version} />
      <QuoteFields sources={sources} helpers={h} idPrefix="quote-new-" />
      <button
        type="submit"
        disabled={isPending}
        className="rounded border border-slate-500 px-4 py-2 font-medium disabled:opacity-60"
      >
        {isPending ? t("form.saving") : t("quotes.add")}
      </button>
    </form>
  );
}
