import { getLocale, getTranslations } from "next-intl/server";
import { LOCALES, LOCALE_NAMES, localePath } from "@/i18n/locales";
import { getCurrentPath } from "@/i18n/current-path";

/**
 * Links to the same page in each language. Plain links (no client JavaScript): the proxy
 * remembers the choice in a cookie when the page in that language opens. The query string is
 * left behind on purpose: filters are re-applied by their own links.
 */
export async function LanguageSwitcher() {
  const [t, locale, path] = await Promise.all([getTranslations("site"), getLocale(), getCurrentPath()]);
  return (
    <nav aria-label={t("languageSwitcher")} className="no-print">
      <ul className="flex gap-3 text-sm">
        {LOCALES.map((code) => (
          <li key={code}>
            <a
              href={localePath(code, path)}
              hrefLang={code}
              lang={code}
              aria-current={code === locale ? "true" : undefined}
              className={
                code === locale
                  ? "inline-flex min-h-6 items-center font-semibold underline underline-offset-4"
                  : "inline-flex min-h-6 items-center underline-offset-4 hover:underline"
              }
            >
              {LOCALE_NAMES[code]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
