import { getTranslations } from "next-intl/server";
import { REASON_CODES, type ReasonCode } from "@/lib/statuses/reasons";

/**
 * The reason filter of the changes report and of /changes: one checkbox per reason code (a
 * repeatable `reason` parameter); none ticked means every reason. `className` places it in the form's layout.
 */
export async function ReasonField({
  selected,
  className = "basis-full",
}: {
  selected: readonly ReasonCode[];
  className?: string;
}) {
  const t = await getTranslations();
  return (
    <fieldset className={className} aria-describedby="report-reason-hint">
      <legend className="text-sm font-medium">{t("integrity.reason")}</legend>
      <p id="report-reason-hint" className="mt-1 text-xs text-slate-600">
        {t("reports.reasonHint")}
      </p>
      <div className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
        {REASON_CODES.map((code) => (
          <label key={code} className="flex items-center gap-2">
            <input
              type="checkbox"
              name="reason"
              value={code}
              defaultChecked={selected.includes(code)}
              className="h-4 w-4"
            />
            {t(`reasons.${code}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
