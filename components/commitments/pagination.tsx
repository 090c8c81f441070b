import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";

/** Previous/next links and the current page; `hrefFor` builds each page's URL with the filters kept. */
export async function Pagination({ page, pageCount, hrefFor }: { page: number; pageCount: number; hrefFor: (page: number) => string }) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("pagination");
  const linkClass = "rounded border border-slate-400 px-3 py-1.5 text-brand hover:bg-slate-100";
  return (
    <nav aria-label={t("label")} className="no-print mt-6 flex flex-wrap items-center gap-3">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" className={linkClass}>
          {t("previous")}
        </Link>
      ) : null}
      <span aria-current="page">{t("page", { page })}</span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} rel="next" className={linkClass}>
          {t("next")}
        </Link>
      ) : null}
    </nav>
  );
}
