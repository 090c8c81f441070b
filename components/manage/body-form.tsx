"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { createBodyAction, updateBodyAction } from "@/lib/bodies/actions";
import { createBodySchema, updateBodySchema } from "@/lib/bodies/schema";
import { IDLE } from "@/lib/operations/form-state";
import { ConflictPanel } from "./conflict-panel";
import { TextField } from "./fields";
import { FormStatus, SavedNotice, useFormHelpers } from "./form-status";
import { formKeyOf } from "./form-key";
import { useClientValidation } from "./use-client-validation";

type Names = { nameEn: string; nameRu: string; nameKk: string };
type Props = { mode: "create" } | { mode: "edit"; body: Names & { key: string; version: number } };

/** Adds a responsible body, or renames one in its three languages (the key never changes). */
export function BodyForm(props: Props) {
  const t = useTranslations("manage.bodies");
  const [state, formAction, isPending] = useActionState(
    props.mode === "create" ? createBodyAction : updateBodyAction,
    IDLE,
  );
  const { clientErrors, onSubmit } = useClientValidation(props.mode === "create" ? createBodySchema : updateBodySchema);
  const h = useFormHelpers(state, clientErrors);
  const initial: Names & { key: string } =
    props.mode === "edit" ? props.body : { key: "", nameEn: "", nameRu: "", nameKk: "" };
  const prefix = props.mode === "edit" ? `body-${props.body.key}-` : "new-body-";
  const field = (name: keyof Names) => ({
    id: `${prefix}${name}`,
    name,
    label: t(name),
    required: true,
    maxLength: 200,
    defaultValue: h.value(name, initial[name]),
    error: h.error(name),
  });
  return (
    <form
      key={formKeyOf(state)}
      action={formAction}
      onSubmit={onSubmit}
      className="space-y-3"
      noValidate
      aria-label={props.mode === "edit" ? t("editLabel", { key: props.body.key }) : t("addHeading")}
    >
      {state.status === "conflict" ? (
        <ConflictPanel
          fields={[
            { key: "nameEn", label: t("nameEn") },
            { key: "nameRu", label: t("nameRu") },
            { key: "nameKk", label: t("nameKk") },
          ]}
          opened={initial}
          current={state.current}
        />
      ) : null}
      <FormStatus state={state} clientErrors={clientErrors} />
      <SavedNotice state={state}>{props.mode === "create" ? t("added") : t("saved")}</SavedNotice>
      {props.mode === "edit" ? (
        <>
          <input type="hidden" name="key" value={props.body.key} />
          <input
            type="hidden"
            name="version"
            value={state.status === "conflict" ? state.currentVersion : props.body.version}
          />
        </>
      ) : (
        <TextField
          id={`${prefix}key`}
          name="key"
          label={t("key")}
          hint={t("keyHint")}
          required
          maxLength={60}
          defaultValue={h.value("key")}
          error={h.error("key")}
        />
      )}
      <div className="grid gap-3 md:grid-cols-3">
        <TextField {...field("nameEn")} />
        <TextField {...field("nameRu")} />
        <TextField {...field("nameKk")} />
      </div>
      <button
        type="submit"
        disabled={isPending}
        className="rounded border border-slate-500 px-4 py-2 font-medium disabled:opacity-60"
      >
        {props.mode === "create" ? t("add") : t("save")}
      </button>
    </form>
  );
}
