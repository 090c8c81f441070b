import { getTranslations } from "next-intl/server";

/** How many rows the report has, and that the preview shows only the first ones. */
export async function ReportCount({ count, shown }: { count: number; shown: number }) {
  const t = await getTranslations("reports");
  return (
    <p data-testid="report-count">
      <span className="font-medium">{t("rowCount", { count })}</span>
      {count > shown ? <span className="ml-2 text-slate-700">{t("previewNote", { shown, count })}</span> : null}
    </p>
  );
}
