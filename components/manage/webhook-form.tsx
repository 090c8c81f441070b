"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { createWebhookAction } from "@/lib/webhooks/actions";
import { createWebhookSchema } from "@/lib/webhooks/schema";
import { IDLE } from "@/lib/operations/form-state";
import { TextField } from "./fields";
import { FormStatus, useFormHelpers } from "./form-status";
import { formKeyOf } from "./form-key";
import { useClientValidation } from "./use-client-validation";

/** Registers a webhook receiver; the signing secret is shown once, right after. */
export function WebhookForm() {
  const t = useTranslations("notifications");
  const [state, formAction, isPending] = useActionState(createWebhookAction, IDLE);
  const { clientErrors, onSubmit } = useClientValidation(createWebhookSchema);
  const h = useFormHelpers(state, clientErrors);
  return (
    <form
      key={formKeyOf(state)}
      action={formAction}
      onSubmit={onSubmit}
      className="space-y-3"
      noValidate
      aria-label={t("add")}
    >
      <FormStatus state={state} clientErrors={clientErrors} />
      {state.status === "saved" ? (
        <div role="status" className="rounded border border-emerald-700 bg-emerald-50 p-3 text-emerald-900">
          <p>{t("secretOnce")}</p>
          <code className="mt-1 block break-all font-mono" data-testid="webhook-secret">
            {state.message}
          </code>
        </div>
      ) : null}
      <TextField
        id="webhook-url"
        name="url"
        label={t("url")}
        required
        maxLength={2048}
        defaultValue={h.value("url")}
        error={h.error("url")}
      />
      <button
        type="submit"
        disabled={isPending}
        className="rounded border border-slate-500 px-4 py-2 font-medium disabled:opacity-60"
      >
        {t("add")}
      </button>
    </form>
  );
}
