"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { LOCALES } from "@/i18n/locales";
import { updateRecommendationAction } from "@/lib/recommendations/actions";
import { updateRecommendationSchema } from "@/lib/recommendations/schema";
import { RESPONSES } from "@/lib/recommendations/vocabulary";
import { IDLE } from "@/lib/operations/form-state";
import { FieldGroup, SelectField, TextArea, TextField } from "@/components/manage/fields";
import { FormStatus, SavedNotice, useFormHelpers } from "@/components/manage/form-status";
import { formKeyOf } from "@/components/manage/form-key";
import { useClientValidation } from "@/components/manage/use-client-validation";

/** The stored values as the form shows them: lists one item a line, the date as YYYY-MM-DD. */
export type RecommendationFormValues = {
  mechanismCode: string;
  cycle: string;
  symbol: string;
  paragraph: string;
  recommendingState: string;
  text: string;
  textLocale: string;
  textEn: string;
  textRu: string;
  textKk: string;
  issuedOn: string;
  response: string;
  themes: string;
  affectedGroups: string;
  sdgTargets: string[];
  sourceUrl: string;
};

type Props = {
  recommendationId: string;
  /** The record's updatedAt (ISO) when the page was rendered: a save after someone else's is refused. */
  loadedAt: string;
  values: RecommendationFormValues;
  mechanisms: { value: string; label: string }[];
  sdgTargets: { code: string; title: string }[];
};

/** Corrects an imported recommendation: its identity, text and translations, response, date and classification. */
export function RecommendationEditForm({ recommendationId, loadedAt, values, mechanisms, sdgTargets }: Props) {
  const t = useTranslations("recommendationsManage.edit");
  const [state, formAction, isPending] = useActionState(updateRecommendationAction, IDLE);
  const { clientErrors, onSubmit } = useClientValidation(updateRecommendationSchema);
  const h = useFormHelpers(state, clientErrors);
  type Name = Exclude<keyof RecommendationFormValues, "sdgTargets">;
  const field = (name: Name) => ({
    id: `rec-${name}`,
    name,
    label: t(name),
    defaultValue: h.value(name, values[name]),
    error: h.error(name),
  });
  const ticked = new Set(h.values("sdgTargets", values.sdgTargets));
  return (
    <form
      key={formKeyOf(state)}
      action={formAction}
      onSubmit={onSubmit}
      className="space-y-4"
      noValidate
      aria-labelledby="recommendation-edit-heading"
      data-testid="recommendation-edit"
    >
      <h2 id="recommendation-edit-heading" className="text-2xl font-semibold">
        {t("heading")}
      </h2>
      <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      <FormStatus state={state} clientErrors={clientErrors} />
      <SavedNotice state={state}>
        {state.status === "saved" && state.message === "unchanged" ? t("unchanged") : t("saved")}
      </SavedNotice>
      <input type="hidden" name="recommendationId" value={recommendationId} />
      <input type="hidden" name="loadedAt" value={loadedAt} />
      <FieldGroup legend={t("identityLegend")}>
        <p className="mb-3 text-sm text-slate-700">{t("identityHint")}</p>
        <div className="grid gap-3 md:grid-cols-2">
          <SelectField {...field("mechanismCode")} required options={mechanisms} />
          <TextField {...field("cycle")} maxLength={100} />
          <TextField {...field("symbol")} required maxLength={100} />
          <TextField {...field("paragraph")} required maxLength={20} />
          <TextField {...field("recommendingState")} maxLength={200} hint={t("recommendingStateHint")} />
        </div>
      </FieldGroup>
      <FieldGroup legend={t("textLegend")}>
        <div className="space-y-3">
          <TextArea {...field("text")} required rows={5} maxLength={10_000} />
          <SelectField
            {...field("textLocale")}
            required
            options={LOCALES.map((locale) => ({ value: locale, label: t(`languages.${locale}`) }))}
          />
          <TextArea {...field("textEn")} rows={4} maxLength={10_000} hint={t("translationHint")} />
          <TextArea {...field("textRu")} rows={4} maxLength={10_000} hint={t("translationHint")} />
          <TextArea {...field("textKk")} rows={4} maxLength={10_000} hint={t("translationHint")} />
        </div>
      </FieldGroup>
      <FieldGroup legend={t("detailsLegend")}>
        <div className="grid gap-3 md:grid-cols-2">
          <TextField {...field("issuedOn")} type="date" />
          <SelectField
            {...field("response")}
            hint={t("responseHint")}
            options={RESPONSES.map((response) => ({ value: response, label: t(`responses.${response}`) }))}
          />
          <TextArea {...field("themes")} rows={4} hint={t("listHint")} />
          <TextArea {...field("affectedGroups")} rows={4} hint={t("listHint")} />
          <div className="md:col-span-2">
            <TextField {...field("sourceUrl")} type="url" maxLength={2048} />
          </div>
        </div>
      </FieldGroup>
      <FieldGroup legend={t("sdgTargets")} error={h.error("sdgTargets")}>
        <ul className="grid gap-2 md:grid-cols-2">
          {sdgTargets.map((target) => (
            <li key={target.code}>
              <label className="flex items-start gap-2">
                <input
                  type="checkbox"
                  name="sdgTargets"
                  value={target.code}
                  defaultChecked={ticked.has(target.code)}
                  className="mt-1"
                />
                <span>
                  <span className="font-medium">{target.code}</span> {target.title}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </FieldGroup>
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
