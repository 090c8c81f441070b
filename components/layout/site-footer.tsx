import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getCurrentPath } from "@/i18n/current-path";

export async function SiteFooter() {
  const [t, path] = await Promise.all([getTranslations("site"), getCurrentPath()]);
  // Inside the workspace (and on its sign-in page) "Editors: sign in" would be wrong: they are signed in, or signing in.
  const isWorkspace = path === "/manage" || path.startsWith("/manage/") || path === "/login";
  return (
    <footer className="border-t border-slate-200 bg-slate-50 text-sm text-slate-700">
      <div className="mx-auto max-w-6xl space-y-1 px-4 py-6">
        <p>{t("footerNote")}</p>
        <p>{t("footerSource")}</p>
        {isWorkspace ? null : (
          <p className="no-print">
            <Link href="/manage" className="underline underline-offset-4">
              {t("editorSignIn")}
            </Link>
          </p>
        )}
      </div>
    </footer>
  );
}
