import { Link } from "@/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";

/** What the pager says; public lists use the `pagination` words, workspace lists pass theirs (manage catalogue). */
export type PagerWords = { label: string; page: string; previous: string; next: string };

/**
 * Previous/next links and "Page 2 of 7"; `hrefFor` builds each page's URL with the filters kept.
 * Shown only for a page that exists: a page past the end is the caller's notice, never "page 99 of 3".
 */
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
  if (pageCount <= 1 || page > pageCount) return null;
  const [t, format] = await Promise.all([getTranslations("pagination"), getFormatter()]);
  const said = words ?? {
    label: t("label"),
    page: t("pageOf", { page: format.number(page), pageCount: format.number(pageCount) }),
    previous: t("previous"),
    next: t("next"),
  };
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
