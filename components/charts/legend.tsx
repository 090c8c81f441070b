import { getTranslations } from "next-intl/server";
import { type CHART_ORDER } from "@/lib/charts/series";
import { Swatch } from "./palette";

/** The colour key of a chart, in words. */
export async function Legend({ id, keys }: { id: string; keys: readonly (typeof CHART_ORDER)[number][] }) {
  const t = await getTranslations();
  if (keys.length === 0) return null;
  return (
    <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label={t("charts.legend")}>
      {keys.map((key) => (
        <li key={key} className="flex items-center gap-1.5">
          <Swatch id={`${id}-legend`} assessment={key} />
          {t(`assessment.${key}`)}
        </li>
      ))}
    </ul>
  );
}
