"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { IDLE, type FormState } from "@/lib/operations/form-state";
import { ConflictPanel, type ConflictField } from "./conflict-panel";
import { FormStatus, useValidationMessages } from "./form-status";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  fields: Record<string, string | number>;
  label: string;
  /** Shown after success when the action stays on the page (users page). */
  savedMessage?: (state: Extract<FormState, { status: "saved" }>) => string;
  conflictFields?: readonly ConflictField[];
  opened?: Record<string, unknown>;
  tone?: "primary" | "secondary" | "danger";
  /** An optional short text the person may add (e.g. why evidence is removed), sent as `reason`. */
  reasonLabel?: string;
  /**
   * For a step that is costly to take by mistake (it takes a public page down): the button first
   * opens this question, and only its own button acts. A <details> element, so it works without JavaScript.
   */
  confirm?: { question: string; confirmLabel: string };
};

const TONES = {
  primary: "bg-slate-900 text-white",
  secondary: "border border-slate-500 bg-white text-slate-900",
  danger: "border border-red-700 bg-white text-red-800",
};

/** A one-button form for a single action (publish, archive, remove, reset password…). */
export function ActionButtonForm({
  action,
  fields,
  label,
  savedMessage,
  conflictFields = [],
  opened = {},
  tone = "secondary",
  reasonLabel,
  confirm,
}: Props) {
  const t = useTranslations("manage.form");
  const words = useValidationMessages();
  const [state, formAction, isPending] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-2">
      {Object.entries(fields).map(([name, value]) => (
        <input
          key={name}
          type="hidden"
          name={name}
          value={state.status === "conflict" && name === "version" ? state.currentVersion : value}
        />
      ))}
      {state.status === "conflict" ? (
        <ConflictPanel fields={conflictFields} opened={opened} current={state.current} />
      ) : null}
      <FormStatus state={state} />
      {state.status === "invalid" && Object.keys(state.fieldErrors).some((key) => key !== "form") ? (
        <p role="alert" className="text-sm font-medium text-red-800">
          {Object.values(state.fieldErrors).map(words).join(" ")}
        </p>
      ) : null}
      {state.status === "saved" && savedMessage ? (
        <div role="status" className="rounded border border-emerald-700 bg-emerald-50 p-2 text-sm text-emerald-950">
          {savedMessage(state)}
        </div>
      ) : null}
      {reasonLabel ? (
        <label className="block text-sm">
          <span className="block font-medium">{reasonLabel}</span>
          <input name="reason" className="mt-1 w-full rounded border border-slate-400 px-2 py-1" />
        </label>
      ) : null}
      {confirm ? (
        <details className="group">
          <summary
            className={`inline-block cursor-pointer list-none rounded px-3 py-1.5 text-sm font-medium ${TONES[tone]}`}
          >
            {label}
          </summary>
          <div
            role="group"
            aria-label={label}
            className="mt-2 max-w-md space-y-2 rounded border border-amber-600 bg-amber-50 p-3 text-sm text-amber-950"
          >
            <p>{confirm.question}</p>
            <button
              type="submit"
              disabled={isPending}
              className={`rounded px-3 py-1.5 font-medium disabled:opacity-60 ${TONES.danger}`}
            >
              {isPending ? t("saving") : confirm.confirmLabel}
            </button>
          </div>
        </details>
      ) : (
        <button
          type="submit"
          disabled={isPending}
          className={`rounded px-3 py-1.5 text-sm font-medium disabled:opacity-60 ${TONES[tone]}`}
        >
          {isPending ? t("saving") : label}
        </button>
      )}
    </form>
  );
}
