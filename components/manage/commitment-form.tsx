"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { LOCALE_NAMES, LOCALES } from "@/i18n/locales";
import { CATEGORIES, OFFICIAL_CLAIMS } from "@/lib/vocabulary";
import { createCommitmentAction, updateCommitmentAction } from "@/lib/commitments/actions";
import { IDLE } from "@/lib/operations/form-state";
import { formKeyOf } from "./form-key";
import { useClientValidation } from "./use-client-validation";
import { createCommitmentSchema, updateCommitmentSchema } from "@/lib/commitments/schema";
import { ConflictPanel } from "./conflict-panel";
import { FieldGroup, SelectField, TextArea, TextField } from "./fields";
import { FormStatus, useFormHelpers } from "./form-status";
import { QuoteFields, type SourceOption } from "./quote-fields";

export type CommitmentFormValues = {
  slug: string;
  title: string;
  summary: string;
  category: string;
  responsibleBody: string;
  firstStatedOn: string;
  targetDate: string;
  instruments: string[];
  /** The language the title and summary are written in (new commitments only). */
  sourceLocale: string;
};

type Props = {
  instruments: readonly { code: string; name: string }[];
  /** Responsible bodies to choose from (key and name in the workspace's language). */
  bodies: readonly { value: string; label: string }[];
  initial: CommitmentFormValues;
} & (
  | { mode: "create"; sources: readonly SourceOption[] }
  | { mode: "edit"; commitmentId: string; version: number; isSlugLocked: boolean }
);

/** Create or edit a commitment's details. An edit carries the version it was based on. */
export function CommitmentForm(props: Props) {
  const t = useTranslations();
  const [state, formAction, isPending] = useActionState(
    props.mode === "create" ? createCommitmentAction : updateCommitmentAction,
    IDLE,
  );
  const { clientErrors, onSubmit } = useClientValidation(
    props.mode === "create" ? createCommitmentSchema : updateCommitmentSchema,
  );
  const h = useFormHelpers(state, clientErrors);
  const version = state.status === "conflict" ? state.currentVersion : props.mode === "edit" ? props.version : 0;
  const opened = {
    ...props.initial,
    firstStatedOn: props.initial.firstStatedOn || null,
    targetDate: props.initial.targetDate || null,
  };
  const conflictFields = [
    { key: "slug", label: t("manage.commitment.slug") },
    { key: "title", label: t("manage.commitment.title") },
    { key: "summary", label: t("manage.commitment.summary") },
    { key: "category", label: t("manage.commitment.category") },
    { key: "responsibleBody", label: t("manage.commitment.responsibleBody") },
    { key: "firstStatedOn", label: t("manage.commitment.firstStatedOn") },
    { key: "targetDate", label: t("manage.commitment.targetDate") },
    { key: "instruments", label: t("manage.commitment.instruments") },
    { key: "isPublished", label: t("manage.commitment.publication") },
  ];
  const isLocked = props.mode === "edit" && props.isSlugLocked;

  return (
    <form
      key={formKeyOf(state)}
      action={formAction}
      onSubmit={onSubmit}
      className="space-y-4"
      noValidate
      aria-label={props.mode === "create" ? t("manage.commitment.newTitle") : t("manage.commitment.editTitle")}
    >
      {state.status === "conflict" ? (
        <ConflictPanel
          fields={conflictFields}
          opened={{ ...opened, isPublished: state.current.isPublished }}
          current={state.current}
        />
      ) : null}
      <FormStatus state={state} clientErrors={clientErrors} />
      {props.mode === "edit" ? (
        <>
          <input type="hidden" name="commitmentId" value={props.commitmentId} />
          <input type="hidden" name="version" value={version} />
        </>
      ) : null}
      {isLocked ? (
        <p className="text-sm text-slate-700">{t("manage.commitment.slugLocked", { slug: props.initial.slug })}</p>
      ) : (
        <TextField
          id="slug"
          name="slug"
          label={t("manage.commitment.slug")}
          hint={t("manage.commitment.slugHint")}
          defaultValue={h.value("slug", props.initial.slug)}
          error={h.error("slug")}
          maxLength={80}
        />
      )}
      {props.mode === "create" ? (
        <SelectField
          id="sourceLocale"
          name="sourceLocale"
          label={t("manage.commitment.sourceLocale")}
          hint={t("manage.commitment.sourceLocaleHint")}
          required
          defaultValue={h.value("sourceLocale", props.initial.sourceLocale)}
          error={h.error("sourceLocale")}
          options={LOCALES.map((code) => ({ value: code, label: LOCALE_NAMES[code] }))}
        />
      ) : null}
      <TextField
        id="title"
        name="title"
        label={t("manage.commitment.title")}
        required
        defaultValue={h.value("title", props.initial.title)}
        error={h.error("title")}
        maxLength={200}
      />
      <TextArea
        id="summary"
        name="summary"
        label={t("manage.commitment.summary")}
        required
        defaultValue={h.value("summary", props.initial.summary)}
        error={h.error("summary")}
        maxLength={2000}
      />
      <SelectField
        id="category"
        name="category"
        label={t("manage.commitment.category")}
        required
        placeholder=""
        defaultValue={h.value("category", props.initial.category)}
        error={h.error("category")}
        options={CATEGORIES.map((key) => ({ value: key, label: t(`category.${key}`) }))}
      />
      <SelectField
        id="responsibleBody"
        name="responsibleBody"
        label={t("manage.commitment.responsibleBody")}
        required
        placeholder=""
        defaultValue={h.value("responsibleBody", props.initial.responsibleBody)}
        error={h.error("responsibleBody")}
        options={props.bodies}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="firstStatedOn"
          name="firstStatedOn"
          type="date"
          label={t("manage.commitment.firstStatedOn")}
          defaultValue={h.value("firstStatedOn", props.initial.firstStatedOn)}
          error={h.error("firstStatedOn")}
        />
        <TextField
          id="targetDate"
          name="targetDate"
          type="date"
          label={t("manage.commitment.targetDate")}
          defaultValue={h.value("targetDate", props.initial.targetDate)}
          error={h.error("targetDate")}
        />
      </div>
      <FieldGroup legend={t("manage.commitment.instruments")} error={h.error("instruments")}>
        <div className="grid max-h-64 gap-1 overflow-y-auto sm:grid-cols-2">
          {props.instruments.map((instrument) => (
            <label key={instrument.code} className="flex items-start gap-2 text-sm" title={instrument.name}>
              <input
                type="checkbox"
                name="instruments"
                value={instrument.code}
                defaultChecked={h.values("instruments", props.initial.instruments).includes(instrument.code)}
                className="mt-1"
              />
              <span>
                <span className="font-medium">{instrument.code}</span>{" "}
                <span className="text-slate-600">{instrument.name}</span>
              </span>
            </label>
          ))}
        </div>
      </FieldGroup>
      {props.mode === "create" ? (
        <>
          <SelectField
            id="officialClaim"
            name="officialClaim"
            label={t("manage.commitment.officialClaim")}
            required
            defaultValue={h.value("officialClaim", "ANNOUNCED")}
            error={h.error("officialClaim")}
            options={OFFICIAL_CLAIMS.map((key) => ({ value: key, label: t(`officialClaim.${key}`) }))}
          />
          <FieldGroup legend={t("manage.commitment.firstQuote")}>
            <QuoteFields sources={props.sources} helpers={h} />
          </FieldGroup>
        </>
      ) : null}
      <button
        type="submit"
        disabled={isPending}
        className="rounded bg-slate-900 px-4 py-2 font-medium text-white disabled:opacity-60"
      >
        {isPending
          ? t("manage.form.saving")
          : state.status === "conflict"
            ? t("manage.conflict.reapply")
            : props.mode === "create"
              ? t("manage.form.create")
              : t("manage.form.save")}
      </button>
    </form>
  );
}
