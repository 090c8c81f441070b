"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { inviteUserAction } from "@/lib/users/actions";
import { IDLE } from "@/lib/operations/form-state";
import { formKeyOf } from "./form-key";
import { useClientValidation } from "./use-client-validation";
import { inviteUserSchema } from "@/lib/users/schema";
import { SelectField, TextField } from "./fields";
import { FormStatus, useFormHelpers } from "./form-status";

/** Admin: create an account; its one-time password is shown once after saving. */
export function InviteUserForm() {
  const t = useTranslations("users");
  const tRole = useTranslations("manage.role");
  const [state, formAction, isPending] = useActionState(inviteUserAction, IDLE);
  const { clientErrors, onSubmit } = useClientValidation(inviteUserSchema);
  const h = useFormHelpers(state, clientErrors);
  return (
    <form
      key={formKeyOf(state)}
      action={formAction}
      onSubmit={onSubmit}
      className="space-y-3"
      noValidate
      aria-label={t("invite")}
    >
      <FormStatus state={state} clientErrors={clientErrors} />
      {state.status === "saved" && state.secret ? (
        <div role="status" className="rounded border border-emerald-700 bg-emerald-50 p-3 text-emerald-950">
          <p>{t("oneTimePassword", { email: state.message })}</p>
          <p className="mt-1 font-mono text-lg" data-testid="one-time-password">
            {state.secret}
          </p>
        </div>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField
          id="invite-name"
          name="name"
          label={t("name")}
          required
          defaultValue={h.value("name")}
          error={h.error("name")}
          maxLength={120}
        />
        <TextField
          id="invite-email"
          name="email"
          type="email"
          label={t("email")}
          required
          defaultValue={h.value("email")}
          error={h.error("email")}
          maxLength={254}
        />
        <SelectField
          id="invite-role"
          name="role"
          label={t("role")}
          defaultValue={h.value("role", "EDITOR")}
          error={h.error("role")}
          options={[
            { value: "EDITOR", label: tRole("EDITOR") },
            { value: "REVIEWER", label: tRole("REVIEWER") },
            { value: "CONTRIBUTOR", label: tRole("CONTRIBUTOR") },
            { value: "ADMIN", label: tRole("ADMIN") },
          ]}
        />
      </div>
      <button
        type="submit"
        disabled={isPending}
        className="rounded bg-slate-900 px-4 py-2 font-medium text-white disabled:opacity-60"
      >
        {t("create")}
      </button>
    </form>
  );
}
