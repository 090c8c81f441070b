"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { changeOwnPasswordAction } from "@/lib/auth/actions";
import { IDLE } from "@/lib/operations/form-state";
import { TextField } from "./fields";
import { FormStatus, useFormHelpers } from "./form-status";
import { formKeyOf } from "./form-key";
import { useClientValidation } from "./use-client-validation";
import { changeOwnPasswordSchema } from "@/lib/users/schema";

/** Change your own password (current one required); success signs you out everywhere. */
export function ChangePasswordForm() {
  const t = useTranslations("manage");
  const [state, formAction, isPending] = useActionState(changeOwnPasswordAction, IDLE);
  const { clientErrors, onSubmit } = useClientValidation(changeOwnPasswordSchema);
  const h = useFormHelpers(state, clientErrors);
  return (
    <form
      key={formKeyOf(state)}
      action={formAction}
      onSubmit={onSubmit}
      className="space-y-3"
      noValidate
      aria-label={t("account.changePassword")}
    >
      <FormStatus state={state} clientErrors={clientErrors} />
      <TextField
        id="currentPassword"
        name="currentPassword"
        type="password"
        label={t("account.currentPassword")}
        required
        error={h.error("currentPassword")}
      />
      <TextField
        id="newPassword"
        name="newPassword"
        type="password"
        label={t("account.newPassword")}
        required
        error={h.error("newPassword")}
      />
      <TextField
        id="confirmPassword"
        name="confirmPassword"
        type="password"
        label={t("account.confirmPassword")}
        required
        error={h.error("confirmPassword")}
      />
      <button
        type="submit"
        disabled={isPending}
        className="rounded bg-slate-900 px-4 py-2 font-medium text-white disabled:opacity-60"
      >
        {isPending ? t("form.saving") : t("account.submit")}
      </button>
    </form>
  );
}
