"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import {
  changeRoleAction,
  resetPasswordAction,
  setActiveAction,
  signOutUserEverywhereAction,
} from "@/lib/users/actions";
import { IDLE } from "@/lib/operations/form-state";
import { ActionButtonForm } from "./action-button-form";
import { FormStatus, useValidationMessages } from "./form-status";

type User = { id: string; name: string; email: string; role: string; isActive: boolean };

function RoleForm({ user }: { user: User }) {
  const t = useTranslations();
  const words = useValidationMessages();
  const [state, formAction, isPending] = useActionState(changeRoleAction, IDLE);
  return (
    <form
      action={formAction}
      className="flex flex-wrap items-end gap-2"
      aria-label={`${t("users.changeRole")}: ${user.email}`}
    >
      <input type="hidden" name="userId" value={user.id} />
      <label className="text-sm">
        <span className="sr-only">{t("users.role")}</span>
        <select name="role" defaultValue={user.role} className="rounded border border-slate-400 px-2 py-1">
          <option value="EDITOR">{t("manage.role.EDITOR")}</option>
          <option value="REVIEWER">{t("manage.role.REVIEWER")}</option>
          <option value="CONTRIBUTOR">{t("manage.role.CONTRIBUTOR")}</option>
          <option value="ADMIN">{t("manage.role.ADMIN")}</option>
        </select>
      </label>
      <button
        type="submit"
        disabled={isPending}
        className="rounded border border-slate-500 px-3 py-1 text-sm font-medium"
      >
        {t("users.changeRole")}
      </button>
      <FormStatus state={state} />
      {state.status === "invalid" && state.fieldErrors.userId ? (
        <p className="text-sm text-red-800">{words(state.fieldErrors.userId)}</p>
      ) : null}
      {state.status === "saved" ? (
        <p role="status" className="text-sm text-emerald-900">
          {t("users.done.role")}
        </p>
      ) : null}
    </form>
  );
}

/** Per-user admin actions; each ends the person's sessions and is audited. */
export function UserRowActions({ user, isSelf }: { user: User; isSelf: boolean }) {
  const t = useTranslations("users");
  if (isSelf) return <span className="text-sm text-slate-600">{t("you")}</span>;
  const secretMessage = (state: { message: string; secret?: string }) =>
    `${t("resetDone", { email: state.message })} ${state.secret ?? ""}`;
  return (
    <div className="flex flex-col gap-2">
      <RoleForm user={user} />
      <div className="flex flex-wrap gap-2">
        <ActionButtonForm
          action={setActiveAction}
          fields={{ userId: user.id, isActive: user.isActive ? "false" : "true" }}
          label={user.isActive ? t("deactivate") : t("reactivate")}
          tone={user.isActive ? "danger" : "secondary"}
          savedMessage={(state) => (state.message === "deactivated" ? t("done.deactivated") : t("done.reactivated"))}
        />
        <ActionButtonForm
          action={resetPasswordAction}
          fields={{ userId: user.id }}
          label={t("resetPassword")}
          savedMessage={secretMessage}
        />
        <ActionButtonForm
          action={signOutUserEverywhereAction}
          fields={{ userId: user.id }}
          label={t("signOutEverywhere")}
          savedMessage={() => t("done.signed-out")}
        />
      </div>
    </div>
  );
}
