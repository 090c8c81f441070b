"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { SOURCE_KINDS } from "@/lib/vocabulary";
import { editSourceAction } from "@/lib/commitments/actions";
import { editSourceSchema } from "@/lib/commitments/schema";
import { IDLE } from "@/lib/operations/form-state";
import { ConflictPanel } from "./conflict-panel";
import { SelectField, TextField } from "./fields";
import { FormStatus, useFormHelpers } from "./form-status";
import { formKeyOf } from "./form-key";
import { useClientValidation } from "./use-client-validation";

export type SourceValues = {
  title: string;
  author: string;
  publisher: string;
  publishedOn: string;
  dateNote: string;
  url: string;
  kind: string;
};

/** Edits a source's details; the change applies to every quote that cites it. */
export function EditSourceForm({
  commitmentId,
  source,
  idPrefix,
}: {
  commitmentId: string;
  source: { id: string; version: number; values: SourceValues };
  idPrefix: string;
}) {
  const t = useTranslations();
  const [state, formAction, isPending] = useActionState(editSourceAction, IDLE);
  const { clientErrors, onSubmit } = useClientValidation(editSourceSchema);
  const h = useFormHelpers(state, clientErrors);
  const v = source.values;
  const field = (name: keyof SourceValues) => ({
    id: `${idPrefix}${name}`,
    name,
    defaultValue: h.value(name, v[name]),
    error: h.error(name),
  });
  return (
    <form
      key={formKeyOf(state)}
      action={formAction}
      onSubmit={onSubmit}
      className="space-y-3"
      noValidate
      aria-label={`${t("manage.quotes.editSource")}: ${v.title}`}
    >
      {state.status === "conflict" ? (
        <ConflictPanel
          fields={[
            { key: "title", label: t("manage.quotes.sourceTitle") },
            { key: "author", label: t("manage.quotes.sourceAuthor") },
            { key: "publisher", label: t("manage.quotes.sourcePublisher") },
            { key: "publishedOn", label: t("manage.quotes.sourcePublishedOn") },
            { key: "dateNote", label: t("manage.quotes.sourceDateNote") },
            { key: "url", label: t("manage.quotes.sourceUrl") },
            { key: "kind", label: t("manage.quotes.sourceKind") },
          ]}
          opened={{
            ...v,
            author: v.author || null,
            publisher: v.publisher || null,
            publishedOn: v.publishedOn || null,
            dateNote: v.dateNote || null,
            url: v.url || null,
          }}
          current={state.current}
        />
      ) : null}
      <FormStatus state={state} clientErrors={clientErrors} />
      <p className="text-sm text-slate-700">{t("manage.quotes.editSourceHint")}</p>
      <input type="hidden" name="sourceId" value={source.id} />
      <input type="hidden" name="commitmentId" value={commitmentId} />
      <input type="hidden" name="version" value={state.status === "conflict" ? state.currentVersion : source.version} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField {...field("title")} label={t("manage.quotes.sourceTitle")} required />
        <TextField {...field("author")} label={t("manage.quotes.sourceAuthor")} />
        <TextField {...field("publisher")} label={t("manage.quotes.sourcePublisher")} />
        <TextField {...field("publishedOn")} type="date" label={t("manage.quotes.sourcePublishedOn")} />
        <TextField {...field("dateNote")} label={t("manage.quotes.sourceDateNote")} />
        <TextField {...field("url")} type="url" label={t("manage.quotes.sourceUrl")} />
        <SelectField
          {...field("kind")}
          label={t("manage.quotes.sourceKind")}
          options={SOURCE_KINDS.map((key) => ({ value: key, label: t(`sourceKind.${key}`) }))}
        />
      </div>
      <button
        type="submit"
        disabled={isPending}
        className="rounded border border-slate-500 px-4 py-2 font-medium disabled:opacity-60"
      >
        {isPending ? t("manage.form.saving") : t("manage.quotes.saveSource")}
      </button>
    </form>
  );
}
