import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";

/** What the pager says; public lists use the `pagination` words, workspace lists pass theirs (manage catalogue). */
export type PagerWords = { label: string; page: string; previous: string; next: string };

/** Previous/next links and the current page; `hrefFor` builds each page's URL with the filters kept. */
export async function Pagination({
  page,
  pageCount,
  hrefFor,
  words,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  words?: PagerWords;
}) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("pagination");
  const said = words ?? { label: t("label"), page: t("page", { page }), previous: t("previous"), next: t("next") };
  const linkClass = "rounded border border-slate-400 px-3 py-1.5 text-brand hover:bg-slate-100";
  return (
    <nav aria-label={said.label} className="no-print mt-6 flex flex-wrap items-center gap-3">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" className={linkClass}>
          {said.previous}
        </Link>
      ) : null}
      <span aria-current="page">{said.page}</span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} rel="next" className={linkClass}>
          {said.next}
        </Link>
      ) : null}
    </nav>
  );
}
