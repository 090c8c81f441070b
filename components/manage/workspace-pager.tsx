import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/commitments/pagination";

/**
 * The public pager with the workspace's words ("Page 2 of 3"), for the workspace queues; when the
 * address asked for a page past the end (`requested`), says that the last page is shown instead.
 */
export async function WorkspacePager({
  requested,
  page,
  pageCount,
  path,
  query = "",
}: {
  requested: number;
  page: number;
  pageCount: number;
  path: string;
  /** Filters and sort to keep, as a query string. */ query?: string;
}) {
  const t = await getTranslations("manage.pager");
  return (
    <>
      {requested > page ? (
        <p role="status" className="mt-4 rounded border border-slate-300 bg-slate-50 p-3" data-testid="pager-past-end">
          {t("pastEnd", { requested, pageCount })}
        </p>
      ) : null}
      <Pagination
        page={page}
        pageCount={pageCount}
        hrefFor={(target) => {
          const search = [query, target > 1 ? `page=${target}` : ""].filter(Boolean).join("&");
          return search ? `${path}?${search}` : path;
        }}
        words={{ label: t("label"), page: t("page", { page, pageCount }), previous: t("previous"), next: t("next") }}
      />
    </>
  );
}
