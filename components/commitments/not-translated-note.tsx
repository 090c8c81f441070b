import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/locales";

/** Says that a text is shown in another language because the reader's is missing. */
export async function NotTranslatedNote({ shown }: { shown: Locale }) {
  const t = await getTranslations();
  return (
    <span
      className="ml-1 inline-block rounded border border-amber-600 bg-amber-50 px-1.5 text-xs font-normal text-amber-900"
      data-testid="not-translated"
    >
      {t("commitment.notTranslated", { language: t(`site.languageName.${shown}`) })}
    </span>
  );
}
