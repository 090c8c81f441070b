import { getLocale, getTranslations } from "next-intl/server";
import { parseWorkspaceSort, sortWorkspaceRows } from "@/lib/manage/sort";
import { requirePagePermission } from "@/lib/auth/guard";
import { listWorkspaceCommitments } from "@/lib/manage/data";
import { parseWorkspaceFilters } from "@/lib/manage/filters";
import { CommitmentFilters } from "@/components/manage/commitment-filters";
import { CommitmentTable } from "@/components/manage/commitment-table";
import { FlagSummary } from "@/components/manage/flag-summary";
import { countFlags } from "@/lib/manage/flags";
import { listEvidenceNeedingAttention } from "@/lib/evidence/capture/data";
import { EvidenceAttention } from "@/components/manage/evidence-attention";
import { MailStatus } from "@/components/manage/mail-status";
import { WorkspacePager } from "@/components/manage/workspace-pager";
import { pageWindow, readPageParam } from "@/lib/paging";
import { hasPermission } from "@/lib/auth/permissions";
import { countWaitingFor } from "@/lib/review/data";
import { ReviewWaiting } from "@/components/manage/review-waiting";
import type { Locale } from "@/i18n/locales";
import { workspaceTitle } from "@/lib/manage/workspace-title";

/** Rows a page of the workspace list shows: 5,000 commitments in one table made a page of megabytes. */
const LIST_PAGE_SIZE = 100;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ManageHomePage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePagePermission("workspace:read", "/manage");
  const isReviewer = hasPermission(user.role, "status:review");
  const params = await searchParams;
  const filters = parseWorkspaceFilters(params);
  const { sort, direction } = parseWorkspaceSort(params);
  const [t, locale, listed, everything, attention, waiting] = await Promise.all([
    getTranslations("manage.list"),
    getLocale(),
    listWorkspaceCommitments(filters),
    listWorkspaceCommitments({ state: "all" }),
    listEvidenceNeedingAttention(),
    isReviewer ? countWaitingFor(user.id) : null,
  ]);
  // Titles in the workspace's language (the original beside them), sorted as shown.
  const titled = listed.map((row) => {
    const display = workspaceTitle(row, locale as Locale);
    return { ...row, title: display.title, workspaceTitle: display };
  });
  const commitments = sortWorkspaceRows(titled, sort, direction, locale);
  const filterQuery = new URLSearchParams(
    Object.entries({
      q: filters.query,
      category: filters.category,
      assessment: filters.assessment,
      state: filters.state === "all" ? undefined : filters.state,
      flag: filters.flag,
    }).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  ).toString();
  // Sorted in full (the sort is in memory), then one page shown; the sort links start at page 1.
  const requested = readPageParam(params);
  const shown = pageWindow(requested, commitments.length, LIST_PAGE_SIZE);
  const pageQuery = [filterQuery, params.sort ? `sort=${encodeURIComponent(sort)}&dir=${direction}` : ""]
    .filter(Boolean)
    .join("&");
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("intro")}</p>
      <MailStatus />
      {waiting === null ? null : <ReviewWaiting count={waiting} />}
      <FlagSummary counts={countFlags(everything.filter((row) => !row.isArchived))} />
      <CommitmentFilters filters={filters} />
      <p className="mt-4 font-medium" data-testid="workspace-count">
        {t("count", { count: commitments.length })}
      </p>
      {shown.pageCount > 1 ? (
        <WorkspacePager
          requested={requested}
          page={shown.page}
          pageCount={shown.pageCount}
          path="/manage"
          query={pageQuery}
        />
      ) : null}
      {commitments.length === 0 ? (
        <p className="mt-4">{t("empty")}</p>
      ) : (
        <CommitmentTable
          commitments={commitments.slice(shown.skip, shown.skip + shown.take)}
          sorting={{ sort, direction, filterQuery }}
        />
      )}
      <EvidenceAttention rows={attention} />
    </>
  );
}
