"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { submitCorrectionAction } from "@/lib/corrections/public-actions";
import { CORRECTION_IDLE } from "@/lib/corrections/form-state";
import { HONEYPOT_FIELD, MAX_CORRECTION_LENGTH } from "@/lib/corrections/constants";
import { formatNumber } from "@/i18n/format-number";
import { useKeepEarlyInput } from "@/components/forms/use-keep-early-input";

const inputClass = "mt-1 block w-full max-w-2xl rounded border border-slate-400 bg-white px-2 py-1.5 text-base";

/** The public "Report an error or send evidence" form. Works without JavaScript (a plain POST to the server action). */
export function CorrectionForm({ slug, locale }: { slug: string; locale: string }) {
  const t = useTranslations("corrections");
  const [state, formAction, isPending] = useActionState(submitCorrectionAction, CORRECTION_IDLE);
  const messageRef = useKeepEarlyInput();
  if (state.status === "sent") {
    return (
      <p
        role="status"
        className="rounded border border-emerald-700 bg-emerald-50 p-3 text-emerald-950"
        data-testid="correction-sent"
      >
        {t("sent")}
      </p>
    );
  }
  const errors = state.status === "invalid" ? state.errors : {};
  const kept = state.status === "invalid" || state.status === "refused" ? state.values : undefined;
  const error = (name: string) => {
    const key = errors[name];
    return key ? (
      <p id={`correction-${name}-error`} className="mt-1 text-sm font-medium text-red-800">
        {t(`errors.${key}`)}
      </p>
    ) : null;
  };
  return (
    <form action={formAction} className="space-y-4" aria-label={t("title")} noValidate>
      {state.status === "refused" ? (
        <p
          role="alert"
          className="rounded border border-red-700 bg-red-50 p-3 text-red-900"
          data-testid="correction-refused"
        >
          {t(`errors.${state.problem}`)}
        </p>
      ) : null}
      {state.status === "invalid" ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-900">
          {errors.slug ? t("errors.recordMissing") : t("fixErrors")}
        </p>
      ) : null}
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="locale" value={locale} />
      <div>
        <label htmlFor="correction-message" className="block font-medium">
          {t("message")}
        </label>
        <textarea
          ref={messageRef}
          id="correction-message"
          name="message"
          rows={6}
          required
          maxLength={MAX_CORRECTION_LENGTH}
          defaultValue={kept?.message}
          aria-invalid={errors.message ? true : undefined}
          aria-describedby={
            errors.message ? "correction-message-error correction-message-hint" : "correction-message-hint"
          }
          className={inputClass}
        />
        <p id="correction-message-hint" className="mt-1 text-sm text-slate-600">
          {t("messageHint", { max: formatNumber(MAX_CORRECTION_LENGTH, locale) })}
        </p>
        {error("message")}
      </div>
      <div>
        <label htmlFor="correction-url" className="block font-medium">
          {t("url")}
        </label>
        <input
          id="correction-url"
          name="url"
          type="url"
          inputMode="url"
          defaultValue={kept?.url}
          aria-invalid={errors.url ? true : undefined}
          aria-describedby="correction-url-hint"
          className={inputClass}
        />
        <p id="correction-url-hint" className="mt-1 text-sm text-slate-600">
          {t("urlHint")}
        </p>
        {error("url")}
      </div>
      <div>
        <label htmlFor="correction-email" className="block font-medium">
          {t("email")}
        </label>
        <input
          id="correction-email"
          name="email"
          type="email"
          autoComplete="email"
          defaultValue={kept?.email}
          aria-invalid={errors.email ? true : undefined}
          aria-describedby="correction-email-hint"
          className={inputClass}
        />
        <p id="correction-email-hint" className="mt-1 text-sm text-slate-600">
          {t("emailHint")}
        </p>
        {error("email")}
      </div>
      {/* The honeypot: hidden from people and screen readers; robots fill every field. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor="correction-website">{t("honeypot")}</label>
        <input
          id="correction-website"
          name={HONEYPOT_FIELD}
          type="text"
          tabIndex={-1}
          autoComplete="off"
          defaultValue=""
        />
      </div>
      <button
        type="submit"
        disabled={isPending}
        className="rounded bg-slate-900 px-4 py-2 font-medium text-white disabled:opacity-60"
      >
        {isPending ? t("sending") : t("submit")}
      </button>
    </form>
  );
}
