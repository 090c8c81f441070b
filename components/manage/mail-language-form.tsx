"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { LOCALES, LOCALE_NAMES } from "@/i18n/locales";
import { setMailLanguageAction } from "@/lib/auth/actions";
import { IDLE } from "@/lib/operations/form-state";
import { SelectField } from "./fields";
import { FormStatus, SavedNotice, useFormHelpers } from "./form-status";

/** The language of the notification mail this person gets (proposals to review, reader reports, changes). */
export function MailLanguageForm({ current }: { current: string }) {
  const t = useTranslations("manage.account");
  const [state, formAction, isPending] = useActionState(setMailLanguageAction, IDLE);
  const h = useFormHelpers(state);
  const chosen = state.status === "saved" && state.message ? state.message : h.value("mailLocale", current);
  return (
    <form action={formAction} className="space-y-3" aria-label={t("mailLanguage")}>
      <FormStatus state={state} />
      <SavedNotice state={state}>{t("mailLanguageSaved")}</SavedNotice>
      <SelectField
        key={chosen}
        id="mailLocale"
        name="mailLocale"
        label={t("mailLanguage")}
        hint={t("mailLanguageHint")}
        defaultValue={chosen}
        options={LOCALES.map((code) => ({ value: code, label: LOCALE_NAMES[code] }))}
        error={h.error("mailLocale")}
      />
      <button
        type="submit"
        disabled={isPending}
        className="rounded border border-slate-500 px-4 py-2 font-medium disabled:opacity-60"
      >
        {t("mailLanguageSave")}
      </button>
    </form>
  );
}
