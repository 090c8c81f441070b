"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { updateVocabularyTermAction } from "@/lib/vocabularies/actions";
import { TERM_NAME_MAX, updateVocabularyTermSchema } from "@/lib/vocabularies/schema";
import type { TermKind } from "@/lib/vocabularies/terms";
import { IDLE } from "@/lib/operations/form-state";
import { TextField } from "@/components/manage/fields";
import { FormStatus, SavedNotice, useFormHelpers } from "@/components/manage/form-status";
import { formKeyOf } from "@/components/manage/form-key";
import { useClientValidation } from "@/components/manage/use-client-validation";

type Names = { nameEn: string; nameRu: string; nameKk: string };

type Props = {
  kind: TermKind;
  termKey: string;
  /** The anchor id of the term's list item, unique on the page. */
  anchor: string;
  /** The names as stored when the page was rendered: the save is refused if they changed since. */
  names: Names;
};

/** An editor's form for one theme's or affected group's three names; the key files match by is not editable. */
export function VocabularyTermForm({ kind, termKey, anchor, names }: Props) {
  const t = useTranslations("recommendationsManage.terms");
  const [state, formAction, isPending] = useActionState(updateVocabularyTermAction, IDLE);
  const { clientErrors, onSubmit } = useClientValidation(updateVocabularyTermSchema);
  const h = useFormHelpers(state, clientErrors);
  const field = (name: keyof Names) => ({
    id: `${anchor}-${name}`,
    name,
    label: t(name),
    defaultValue: h.value(name, names[name]),
    error: h.error(name),
    maxLength: TERM_NAME_MAX,
  });
  return (
    <form
      key={formKeyOf(state)}
      action={formAction}
      onSubmit={onSubmit}
      className="space-y-3"
      noValidate
      aria-label={names.nameEn}
    >
      <FormStatus state={state} clientErrors={clientErrors} />
      <SavedNotice state={state}>
        {state.status === "saved" && state.message === "unchanged" ? t("unchanged") : t("saved")}
      </SavedNotice>
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="key" value={termKey} />
      <input type="hidden" name="loadedEn" value={names.nameEn} />
      <input type="hidden" name="loadedRu" value={names.nameRu} />
      <input type="hidden" name="loadedKk" value={names.nameKk} />
      <TextField {...field("nameEn")} required />
      <TextField {...field("nameRu")} hint={t("translationHint")} />
      <TextField {...field("nameKk")} hint={t("translationHint")} />
      <button
        type="submit"
        disabled={isPending}
        className="rounded bg-slate-900 px-4 py-2 font-medium text-white disabled:opacity-60"
      >
        {isPending ? t("saving") : t("save")}
      </button>
    </form>
  );
}
