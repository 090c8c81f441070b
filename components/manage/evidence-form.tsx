"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { EVIDENCE_KINDS } from "@/lib/vocabulary";
import { addEvidenceAction, editEvidenceAction } from "@/lib/evidence/actions";
import { IDLE } from "@/lib/operations/form-state";
import { formKeyOf } from "./form-key";
import { useClientValidation } from "./use-client-validation";
import { addEvidenceSchema, editEvidenceSchema } from "@/lib/evidence/schema";
import { ConflictPanel } from "./conflict-panel";
import { SelectField, TextArea, TextField } from "./fields";
import { FormStatus, useFormHelpers } from "./form-status";

export type EvidenceValues = {
  url: string;
  title: string;
  publisher: string;
  publishedOn: string;
  kind: string;
  note: string;
};

const EMPTY: EvidenceValues = { url: "", title: "", publisher: "", publishedOn: "", kind: "OTHER", note: "" };

/** Adds an evidence link, or edits one (carrying its version). */
export function EvidenceForm({
  commitmentId,
  evidence,
}: {
  commitmentId: string;
  evidence?: { id: string; version: number; values: EvidenceValues };
}) {
  const t = useTranslations();
  const [state, formAction, isPending] = useActionState(evidence ? editEvidenceAction : addEvidenceAction, IDLE);
  const { clientErrors, onSubmit } = useClientValidation(evidence ? editEvidenceSchema : addEvidenceSchema);
  const h = useFormHelpers(state, clientErrors);
  const initial = evidence?.values ?? EMPTY;
  const prefix = evidence ? `evidence-${evidence.id}-` : "evidence-new-";
  const label = evidence ? `${t("manage.evidence.edit")}: ${initial.title}` : t("manage.evidence.add");
  return (
    <form
      key={formKeyOf(state)}
      action={formAction}
      onSubmit={onSubmit}
      className="space-y-3"
      noValidate
      aria-label={label}
    >
      {state.status === "conflict" ? (
        <ConflictPanel
          fields={[
            { key: "url", label: t("manage.evidence.url") },
            { key: "title", label: t("manage.evidence.linkTitle") },
            { key: "publisher", label: t("manage.evidence.publisher") },
            { key: "publishedOn", label: t("manage.evidence.publishedOn") },
            { key: "kind", label: t("manage.evidence.kind") },
            { key: "note", label: t("manage.evidence.note") },
          ]}
          opened={{
            ...initial,
            publishedOn: initial.publishedOn || null,
            publisher: initial.publisher || null,
            note: initial.note || null,
          }}
          current={state.current}
        />
      ) : null}
      <FormStatus state={state} clientErrors={clientErrors} />
      <input type="hidden" name="commitmentId" value={commitmentId} />
      {evidence ? (
        <>
          <input type="hidden" name="evidenceId" value={evidence.id} />
          <input
            type="hidden"
            name="version"
            value={state.status === "conflict" ? state.currentVersion : evidence.version}
          />
        </>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          id={`${prefix}url`}
          name="url"
          type="url"
          label={t("manage.evidence.url")}
          required
          defaultValue={h.value("url", initial.url)}
          error={h.error("url")}
        />
        <TextField
          id={`${prefix}title`}
          name="title"
          label={t("manage.evidence.linkTitle")}
          required
          defaultValue={h.value("title", initial.title)}
          error={h.error("title")}
        />
        <TextField
          id={`${prefix}publisher`}
          name="publisher"
          label={t("manage.evidence.publisher")}
          defaultValue={h.value("publisher", initial.publisher)}
          error={h.error("publisher")}
        />
        <TextField
          id={`${prefix}publishedOn`}
          name="publishedOn"
          type="date"
          label={t("manage.evidence.publishedOn")}
          defaultValue={h.value("publishedOn", initial.publishedOn)}
          error={h.error("publishedOn")}
        />
        <SelectField
          id={`${prefix}kind`}
          name="kind"
          label={t("manage.evidence.kind")}
          defaultValue={h.value("kind", initial.kind)}
          error={h.error("kind")}
          options={EVIDENCE_KINDS.map((key) => ({ value: key, label: t(`evidenceKind.${key}`) }))}
        />
      </div>
      <TextArea
        id={`${prefix}note`}
        name="note"
        rows={2}
        label={t("manage.evidence.note")}
        defaultValue={h.value("note", initial.note)}
        error={h.error("note")}
        maxLength={2000}
      />
      <button
        type="submit"
        disabled={isPending}
        className="rounded border border-slate-500 px-4 py-2 font-medium disabled:opacity-60"
      >
        {isPending ? t("manage.form.saving") : evidence ? t("manage.evidence.save") : t("manage.evidence.add")}
      </button>
    </form>
  );
}
