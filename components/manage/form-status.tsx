"use client";
import type { ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { translateMessage, validationTranslator } from "@/lib/forms/messages";
import type { FormState } from "@/lib/operations/form-state";

/** Puts validation message tokens (lib/forms/messages.ts) into the reader's language. */
export function useValidationMessages(): (text: string) => string {
  const translator = validationTranslator(useTranslations("manage.validation"), useLocale());
  return (text) => translateMessage(text, translator);
}

/** The message above a form after a refused or failed submission (validation, denial, missing record). */
export function FormStatus({
  state,
  clientErrors = null,
}: {
  state: FormState;
  clientErrors?: Record<string, string> | null;
}) {
  const t = useTranslations("manage.form");
  const words = useValidationMessages();
  let message: string | null = clientErrors ? (clientErrors.form ? words(clientErrors.form) : t("fixErrors")) : null;
  if (!message && state.status === "invalid")
    message = state.fieldErrors.form ? words(state.fieldErrors.form) : t("fixErrors");
  if (!message && state.status === "denied") message = t(`denied.${state.reason}`);
  if (!message && state.status === "not-found") message = t("notFound");
  if (!message) return null;
  return (
    <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-900">
      {message}
    </p>
  );
}

/** The confirmation above a form after a save; `children` is what was done ("Saved", "Added"). */
export function SavedNotice({ state, children }: { state: FormState; children: ReactNode }) {
  if (state.status !== "saved") return null;
  return (
    <p role="status" className="rounded border border-emerald-700 bg-emerald-50 p-3 text-emerald-900">
      {children}
    </p>
  );
}

/**
 * Reads a field's error (from the browser's check first, then the server's), in the reader's
 * language, and the person's submitted value.
 */
export function useFormHelpers(state: FormState, clientErrors: Record<string, string> | null = null) {
  const words = useValidationMessages();
  const values = state.status === "invalid" || state.status === "conflict" ? state.values : null;
  const error = (name: string) =>
    clientErrors ? clientErrors[name] : state.status === "invalid" ? state.fieldErrors[name] : undefined;
  return {
    error: (name: string) => {
      const text = error(name);
      return text === undefined ? undefined : words(text);
    },
    value: (name: string, fallback = ""): string => {
      const submitted = values?.[name];
      if (submitted === undefined) return fallback;
      return Array.isArray(submitted) ? (submitted[0] ?? "") : submitted;
    },
    values: (name: string, fallback: readonly string[] = []): string[] => {
      const submitted = values?.[name];
      if (submitted === undefined) return values ? [] : [...fallback];
      return Array.isArray(submitted) ? submitted : [submitted];
    },
    hasSubmission: values !== null,
  };
}
