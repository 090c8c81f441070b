import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { RANK_WINDOW, type PagePosition } from "@/lib/recommendations/filters";
import { MAX_SEARCH_TERMS } from "@/lib/search/query";

type Status = {
  total: number;
  isAtLeast: boolean;
  page: number;
  pageCount: number;
  position: PagePosition;
  isQueryUnsearchable: boolean;
  isQueryTruncated: boolean;
  isRankedWithinRecent: boolean;
};

/**
 * What a list of recommendations says above its rows: how many match ("more than 10,000" past the
 * counting bound), and a notice when the search had nothing to look for, was cut, or the page asked
 * for is past the end or deeper than the pages offered (with a link back to the last one).
 */
export async function RecommendationListStatus({
  status,
  hrefFor,
}: {
  status: Status;
  hrefFor: (page: number) => string;
}) {
  const [t, format] = await Promise.all([getTranslations("recommendations"), getFormatter()]);
  const notice = "mt-4 rounded border border-amber-400 bg-amber-50 p-3";
  return (
    <>
      {status.isQueryUnsearchable ? (
        <p role="status" className={notice} data-testid="recommendation-notice">
          {t("queryUnsearchable")}
        </p>
      ) : null}
      {status.isQueryTruncated ? (
        <p role="status" className={notice} data-testid="recommendation-notice">
          {t("queryTruncated", { count: MAX_SEARCH_TERMS })}
        </p>
      ) : null}
      {status.isRankedWithinRecent ? (
        <p role="status" className={notice} data-testid="recommendation-notice">
          {t("rankedWithinRecent", { count: format.number(RANK_WINDOW) })}
        </p>
      ) : null}
      <p className="mt-6 font-medium" data-testid="recommendation-count">
        {status.isAtLeast
          ? t("countAtLeast", { count: format.number(status.total) })
          : t("count", { count: status.total })}
      </p>
      {status.position !== "page" ? (
        <p role="status" className={notice} data-testid="recommendation-notice">
          {status.position === "past-end"
            ? t("pastEnd", { page: format.number(status.page), pageCount: status.pageCount })
            : t("beyondLimit", { pageCount: format.number(status.pageCount) })}{" "}
          <Link href={hrefFor(status.pageCount)} className="text-brand underline underline-offset-4">
            {t("lastPage")}
          </Link>
        </p>
      ) : null}
    </>
  );
}
