import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/commitments/pagination";

/**
 * The public pager with the workspace's words ("Page 2 of 3"), for the workspace queues; when the
 * address asked for a page past the end (`requested`), says that the last page is shown instead.
 */
export async function WorkspacePager({ requested, page, pageCount, path }: { requested: number; page: number; pageCount: number; path: string }) {
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
        hrefFor={(target) => (target > 1 ? `${path}?page=${target}` : path)}
        words={{ label: t("label"), page: t("page", { page, pageCount }), previous: t("previous"), next: t("next") }}
      />
    </>
  );
}
