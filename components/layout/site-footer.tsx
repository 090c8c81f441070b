import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export async function SiteFooter() {
  const t = await getTranslations("site");
  return (
    <footer className="border-t border-slate-200 bg-slate-50 text-sm text-slate-700">
      <div className="mx-auto max-w-6xl space-y-1 px-4 py-6">
        <p>{t("footerNote")}</p>
        <p>{t("footerSource")}</p>
        <p className="no-print">
          <Link href="/manage" className="underline underline-offset-4">
            {t("editorSignIn")}
          </Link>
        </p>
      </div>
    </footer>
  );
}
