"use client";
import { useActionState, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { formatLongDay } from "@/i18n/format-number";
import { EARLIEST_EFFECTIVE_DAY, parseCalendarDate } from "@/lib/calendar";
import { ASSESSMENTS, EVIDENCE_KINDS, OFFICIAL_CLAIMS, type StatusFieldKey } from "@/lib/vocabulary";
import { updateStatusAction } from "@/lib/commitments/actions";
import { IDLE } from "@/lib/operations/form-state";
import { formKeyOf } from "./form-key";
import { useClientValidation } from "./use-client-validation";
import { statusFormSchema } from "@/lib/statuses/schema";
import { CHOSEN_REASON_CODES } from "@/lib/statuses/reasons";
import { ConflictPanel } from "./conflict-panel";
import { FieldGroup, SelectField, TextArea, TextField } from "./fields";
import { FormStatus, useFormHelpers } from "./form-status";

type Props = {
  commitmentId: string;
  version: number;
  today: string;
  current: {
    assessment: string;
    officialClaim: string;
    assessmentSince: string | null;
    claimSince: string | null;
    lastVerifiedOn: string | null;
  };
  /** When the commitment was first stated (YYYY-MM-DD), if known: no change can take effect before it. */
  firstStatedOn: string | null;
  evidence: readonly { id: string; title: string; url: string }[];
  /** Shown above the form when the change will be a proposal (review on, or a contributor). */
  reviewNote?: string | null;
  /** Revising a returned proposal: its id and values fill the form. */
  proposal?: { id: string; values: Record<string, string | string[]> };
};

/** "Update status": a new assessment or official claim with its date, justification and evidence. */
export function StatusUpdateForm({
  commitmentId,
  version,
  today,
  current,
  firstStatedOn,
  evidence,
  reviewNote,
  proposal,
}: Props) {
  const t = useTranslations();
  const locale = useLocale();
  const [state, formAction, isPending] = useActionState(updateStatusAction, IDLE);
  const { clientErrors, onSubmit } = useClientValidation(statusFormSchema);
  const helpers = useFormHelpers(state, clientErrors);
  // A returned proposal opens with its own values until the person submits.
  const initial = state.status === "idle" ? proposal?.values : undefined;
  const h = {
    ...helpers,
    value: (name: string, fallback = "") => {
      const own = initial?.[name];
      return own === undefined ? helpers.value(name, fallback) : Array.isArray(own) ? (own[0] ?? "") : own;
    },
    values: (name: string) => (initial?.[name] === undefined ? helpers.values(name) : [initial[name]].flat()),
  };
  const [field, setField] = useState<StatusFieldKey>(
    h.value("field", "ASSESSMENT") === "OFFICIAL_CLAIM" ? "OFFICIAL_CLAIM" : "ASSESSMENT",
  );
  // The date picker offers only days from the latest of independence, the commitment's first
  // statement and the current status's start, until today (the server checks each again).
  const since = [
    EARLIEST_EFFECTIVE_DAY,
    firstStatedOn,
    (field === "ASSESSMENT" ? current.assessmentSince : current.claimSince)?.slice(0, 10),
  ]
    .filter((day): day is string => Boolean(day))
    .reduce((latest, day) => (day > latest ? day : latest));
  const choices =
    field === "ASSESSMENT"
      ? ASSESSMENTS.map((key) => ({ value: key, label: t(`assessment.${key}`) }))
      : OFFICIAL_CLAIMS.map((key) => ({ value: key, label: t(`officialClaim.${key}`) }));
  const formatStatus = (value: unknown) => {
    const key = String(value ?? "");
    if (t.has(`assessment.${key}`)) return t(`assessment.${key}`);
    if (t.has(`officialClaim.${key}`)) return t(`officialClaim.${key}`);
    return key || "—";
  };

  return (
    <form
      key={formKeyOf(state)}
      action={formAction}
      onSubmit={onSubmit}
      className="space-y-4"
      noValidate
      aria-label={proposal ? t("review.reviseTitle") : t("manage.status.title")}
    >
      {state.status === "conflict" ? (
        <ConflictPanel
          fields={[
            { key: "assessment", label: t("manage.commitment.currentAssessment"), format: formatStatus },
            { key: "assessmentSince", label: t("manage.status.effectiveOn") },
            { key: "officialClaim", label: t("manage.commitment.currentClaim"), format: formatStatus },
            { key: "claimSince", label: t("manage.status.effectiveOn") },
            { key: "lastVerifiedOn", label: t("manage.commitment.lastVerified") },
          ]}
          opened={current}
          current={state.current}
        />
      ) : null}
      <FormStatus state={state} clientErrors={clientErrors} />
      <p className="text-slate-700">{t("manage.status.intro")}</p>
      {reviewNote ? (
        <p className="rounded border border-sky-700 bg-sky-50 p-3 text-sky-950" data-testid="review-note">
          {reviewNote}
        </p>
      ) : null}
      <input type="hidden" name="commitmentId" value={commitmentId} />
      {proposal ? <input type="hidden" name="proposalId" value={proposal.id} /> : null}
      <input type="hidden" name="version" value={state.status === "conflict" ? state.currentVersion : version} />
      <SelectField
        id="status-field"
        name="field"
        label={t("manage.status.field")}
        defaultValue={field}
        error={h.error("field")}
        onChange={(value) => setField(value === "OFFICIAL_CLAIM" ? "OFFICIAL_CLAIM" : "ASSESSMENT")}
        options={[
          { value: "ASSESSMENT", label: t("statusField.ASSESSMENT") },
          { value: "OFFICIAL_CLAIM", label: t("statusField.OFFICIAL_CLAIM") },
        ]}
      />
      {/* The list of statuses follows the choice above (the server checks the pair again). */}
      <SelectField
        key={field}
        id="status-to"
        name="to"
        label={t("manage.status.to")}
        placeholder=""
        defaultValue={h.value("to")}
        error={h.error("to")}
        options={choices}
      />
      <TextField
        id="status-effectiveOn"
        name="effectiveOn"
        type="date"
        label={t("manage.status.effectiveOn")}
        hint={t("manage.status.effectiveOnHint", {
          earliest: formatLongDay(parseCalendarDate(since), locale),
        })}
        defaultValue={h.value("effectiveOn", today)}
        error={h.error("effectiveOn")}
        required
        min={since}
        max={today}
      />
      <SelectField
        id="status-reasonCode"
        name="reasonCode"
        label={t("review.reasonLabel")}
        hint={t("review.reasonHint")}
        placeholder=""
        defaultValue={h.value("reasonCode")}
        error={h.error("reasonCode")}
        options={CHOSEN_REASON_CODES.map((code) => ({ value: code, label: t(`reasons.${code}`) }))}
      />
      <TextArea
        id="status-justification"
        name="justification"
        label={t("manage.status.justification")}
        hint={t("manage.status.justificationHint")}
        defaultValue={h.value("justification")}
        error={h.error("justification")}
        required
        maxLength={5000}
      />
      <FieldGroup legend={t("manage.status.evidence")} error={h.error("evidence") ?? h.error("evidenceIds")}>
        <p className="text-sm font-medium">{t("manage.status.existingEvidence")}</p>
        {evidence.length === 0 ? <p className="text-sm text-slate-600">{t("manage.status.noEvidence")}</p> : null}
        <ul className="mt-1 space-y-1">
          {evidence.map((item) => (
            <li key={item.id}>
              <label className="flex items-start gap-2 text-sm">
                <input
                  type="checkbox"
                  name="evidenceIds"
                  value={item.id}
                  defaultChecked={h.values("evidenceIds").includes(item.id)}
                  className="mt-1"
                />
                <span>
                  {item.title} <span className="break-all text-slate-600">({item.url})</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
        <p className="mt-3 text-sm font-medium">{t("manage.status.newEvidence")}</p>
        <div className="mt-1 grid gap-3 sm:grid-cols-2">
          <TextField
            id="status-newEvidenceUrl"
            name="newEvidenceUrl"
            type="url"
            label={t("manage.status.newEvidenceUrl")}
            defaultValue={h.value("newEvidenceUrl")}
            error={h.error("newEvidenceUrl")}
          />
          <TextField
            id="status-newEvidenceTitle"
            name="newEvidenceTitle"
            label={t("manage.status.newEvidenceTitle")}
            defaultValue={h.value("newEvidenceTitle")}
            error={h.error("newEvidenceTitle")}
          />
          <SelectField
            id="status-newEvidenceKind"
            name="newEvidenceKind"
            label={t("manage.status.newEvidenceKind")}
            defaultValue={h.value("newEvidenceKind", "OTHER")}
            error={h.error("newEvidenceKind")}
            options={EVIDENCE_KINDS.map((key) => ({ value: key, label: t(`evidenceKind.${key}`) }))}
          />
          <TextField
            id="status-newEvidencePublisher"
            name="newEvidencePublisher"
            label={t("manage.status.newEvidencePublisher")}
            defaultValue={h.value("newEvidencePublisher")}
            error={h.error("newEvidencePublisher")}
          />
          <TextField
            id="status-newEvidencePublishedOn"
            name="newEvidencePublishedOn"
            type="date"
            label={t("manage.status.newEvidencePublishedOn")}
            defaultValue={h.value("newEvidencePublishedOn")}
            error={h.error("newEvidencePublishedOn")}
          />
        </div>
      </FieldGroup>
      <button
        type="submit"
        disabled={isPending}
        className="rounded bg-slate-900 px-4 py-2 font-medium text-white disabled:opacity-60"
      >
        {isPending
          ? t("manage.form.saving")
          : state.status === "conflict"
            ? t("manage.conflict.reapply")
            : proposal
              ? t("review.resubmit")
              : reviewNote
                ? t("review.submitProposal")
                : t("manage.status.submit")}
      </button>
    </form>
  );
}
