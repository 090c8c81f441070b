import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "./language-switcher";

/** At least 24 px tall (WCAG 2.2 target size), however short the word. */
const NAV_LINK = "inline-flex min-h-6 items-center underline-offset-4 hover:underline";

export async function SiteHeader() {
  const [t, tc] = await Promise.all([getTranslations("site"), getTranslations()]);
  return (
    <header className="border-b border-slate-200 bg-brand text-white print:bg-white print:text-black">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-4">
        <Link href="/" className="flex flex-col no-underline">
          <span className="text-2xl font-bold tracking-tight">{t("name")}</span>
          <span className="text-sm text-slate-100 print:text-slate-700">{t("tagline")}</span>
        </Link>
        <div className="flex flex-col items-end gap-2">
          <LanguageSwitcher />
          <nav aria-label={t("primaryNavigation")} className="no-print">
            <ul className="flex flex-wrap justify-end gap-x-4 gap-y-1 text-base">
              <li>
                <Link href="/" className={NAV_LINK}>
                  {t("navOverview")}
                </Link>
              </li>
              <li>
                <Link href="/commitments" className={NAV_LINK}>
                  {t("navCommitments")}
                </Link>
              </li>
              <li>
                <Link href="/recommendations" className={NAV_LINK}>
                  {tc("reader.navRecommendations")}
                </Link>
              </li>
              <li>
                <Link href="/changes" className={NAV_LINK}>
                  {tc("changes.navLabel")}
                </Link>
              </li>
              <li>
                <Link href="/bodies" className={NAV_LINK}>
                  {tc("bodies.navLabel")}
                </Link>
              </li>
              <li>
                <Link href="/reports" className={NAV_LINK}>
                  {t("navReports")}
                </Link>
              </li>
              <li>
                <Link href="/method" className={NAV_LINK}>
                  {tc("method.navLabel")}
                </Link>
              </li>
            </ul>
          </nav>
        </div>
      </div>
    </header>
  );
}
