import { getTranslations } from "next-intl/server";
import { LOCALES, isLocale } from "@/i18n/locales";
import { TranslationForm } from "./translation-form";

/** The commitment's title and summary in the other two languages; missing ones say so. */
export async function TranslationsSection({
  commitmentId,
  version,
  sourceLocale,
  translations,
}: {
  commitmentId: string;
  version: number;
  sourceLocale: string;
  translations: readonly { locale: string; title: string; summary: string }[];
}) {
  const t = await getTranslations();
  const source = isLocale(sourceLocale) ? sourceLocale : "en";
  return (
    <section aria-labelledby="translations-heading" className="max-w-3xl">
      <h2 id="translations-heading" className="text-2xl font-semibold">
        {t("manage.translations.title")}
      </h2>
      <p className="mt-1 text-slate-700">
        {t("manage.translations.intro", { language: t(`site.languageName.${source}`) })}
      </p>
      <div className="mt-3 space-y-4">
        {LOCALES.filter((locale) => locale !== source).map((locale) => {
          const existing = translations.find((translation) => translation.locale === locale);
          const languageName = t(`site.languageName.${locale}`);
          return (
            <details key={locale} className="rounded border border-slate-300 p-3" open={!existing}>
              <summary className="cursor-pointer font-medium">
                {existing
                  ? t("manage.translations.has", { language: languageName })
                  : t("manage.translations.missing", { language: languageName })}
              </summary>
              <div className="mt-3">
                <TranslationForm
                  commitmentId={commitmentId}
                  version={version}
                  locale={locale}
                  languageName={languageName}
                  title={existing?.title ?? ""}
                  summary={existing?.summary ?? ""}
                />
              </div>
            </details>
          );
        })}
      </div>
    </section>
  );
}
