"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { saveTranslationAction } from "@/lib/commitments/actions";
import { IDLE } from "@/lib/operations/form-state";
import { TextArea, TextField } from "./fields";
import { FormStatus, useFormHelpers } from "./form-status";

type Props = {
  commitmentId: string;
  version: number;
  locale: "kk" | "ru" | "en";
  languageName: string;
  title: string;
  summary: string;
};

/** The title and summary in one language; keeps the person's input when anything is refused. */
export function TranslationForm({ commitmentId, version, locale, languageName, title, summary }: Props) {
  const t = useTranslations("manage.translations");
  const [state, formAction, isPending] = useActionState(saveTranslationAction, IDLE);
  const { error, value } = useFormHelpers(state);
  const id = (name: string) => `translation-${locale}-${name}`;
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="commitmentId" value={commitmentId} />
      <input type="hidden" name="version" value={state.status === "conflict" ? state.currentVersion : version} />
      <input type="hidden" name="locale" value={locale} />
      <FormStatus state={state} />
      {state.status === "conflict" ? (
        <p role="alert" className="rounded border border-amber-600 bg-amber-50 p-2 text-sm text-amber-900">
          {t("conflict")}
        </p>
      ) : null}
      <TextField
        id={id("title")}
        name="title"
        label={t("titleLabel", { language: languageName })}
        defaultValue={value("title", title)}
        maxLength={200}
        error={error("title")}
      />
      <TextArea
        id={id("summary")}
        name="summary"
        label={t("summaryLabel", { language: languageName })}
        defaultValue={value("summary", summary)}
        maxLength={2000}
        rows={3}
        error={error("summary")}
      />
      <p className="text-xs text-slate-700">{t("removeHint")}</p>
      <button
        type="submit"
        disabled={isPending}
        className="rounded border border-slate-500 bg-white px-3 py-1.5 text-sm font-medium disabled:opacity-60"
      >
        {t("save", { language: languageName })}
      </button>
    </form>
  );
}
