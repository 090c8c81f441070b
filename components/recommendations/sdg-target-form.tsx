"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { updateSdgTargetAction } from "@/lib/sdg-targets/actions";
import { SDG_TITLE_MAX, updateSdgTargetSchema } from "@/lib/sdg-targets/schema";
import { IDLE } from "@/lib/operations/form-state";
import { TextField } from "@/components/manage/fields";
import { FormStatus, SavedNotice, useFormHelpers } from "@/components/manage/form-status";
import { formKeyOf } from "@/components/manage/form-key";
import { useClientValidation } from "@/components/manage/use-client-validation";

type Titles = { titleEn: string; titleRu: string; titleKk: string };

type Props = {
  code: string;
  /** The titles as stored when the page was rendered: the save is refused if they changed since. */
  titles: Titles;
};

/** An editor's form for one SDG target's three titles; the code is not editable. */
export function SdgTargetForm({ code, titles }: Props) {
  const t = useTranslations("recommendationsManage.sdg");
  const [state, formAction, isPending] = useActionState(updateSdgTargetAction, IDLE);
  const { clientErrors, onSubmit } = useClientValidation(updateSdgTargetSchema);
  const h = useFormHelpers(state, clientErrors);
  const field = (name: keyof Titles) => ({
    id: `sdg-${code}-${name}`,
    name,
    label: t(name),
    defaultValue: h.value(name, titles[name]),
    error: h.error(name),
    maxLength: SDG_TITLE_MAX,
  });
  return (
    <form
      key={formKeyOf(state)}
      action={formAction}
      onSubmit={onSubmit}
      className="space-y-3"
      noValidate
      aria-label={t("targetHeading", { code })}
    >
      <FormStatus state={state} clientErrors={clientErrors} />
      <SavedNotice state={state}>
        {state.status === "saved" && state.message === "unchanged" ? t("unchanged") : t("saved")}
      </SavedNotice>
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name="loadedEn" value={titles.titleEn} />
      <input type="hidden" name="loadedRu" value={titles.titleRu} />
      <input type="hidden" name="loadedKk" value={titles.titleKk} />
      <TextField {...field("titleEn")} required />
      <TextField {...field("titleRu")} hint={t("translationHint")} />
      <TextField {...field("titleKk")} hint={t("translationHint")} />
      <button
        type="submit"
        disabled={isPending}
        className="rounded bg-slate-900 px-4 py-2 font-medium text-white disabled:opacity-60"
      >
        {isPending ? t("saving") : t("save")}
      </button>
    </form>
  );
}
