import { getTranslations } from "next-intl/server";

/** Says, on small screens only, that the table below scrolls sideways. */
export async function ScrollHint() {
  const t = await getTranslations("layout");
  return <p className="scroll-hint mb-1 text-sm text-slate-700 md:hidden">{t("tableScrolls")}</p>;
}
