import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import type { AssessmentKey, OfficialClaimKey } from "@/lib/vocabulary";
import { formatCalendarDate } from "@/lib/calendar";
import type { WorkspaceFlag } from "@/lib/manage/flags";
import type { SortDirection, WorkspaceSort } from "@/lib/manage/sort";
import { StatusBadge } from "@/components/commitments/status-badge";
import { UserText } from "@/components/common/user-text";
import { WorkspaceTitleText } from "@/components/manage/workspace-title";
import type { WorkspaceTitle } from "@/lib/manage/workspace-title";
import { AssessmentBadge, ClaimBadge } from "@/components/commitments/status-badges";

type Row = {
  id: string;
  slug: string;
  title: string;
  workspaceTitle?: WorkspaceTitle;
  officialClaim: OfficialClaimKey;
  assessment: AssessmentKey;
  lastVerifiedOn: Date | null;
  isPublished: boolean;
  isArchived: boolean;
  flags: WorkspaceFlag[];
};

type Sorting = {
  sort: WorkspaceSort;
  direction: SortDirection;
  /** The list's filters as a query string, kept by the sort links. */ filterQuery: string;
};

/** The workspace list: every commitment with its statuses, state and attention flags; every column header sorts. */
export async function CommitmentTable({ commitments, sorting }: { commitments: readonly Row[]; sorting: Sorting }) {
  const t = await getTranslations();
  const header = (sort: WorkspaceSort, label: string, className = "py-2 pr-3") => {
    const isCurrent = sorting.sort === sort;
    const next: SortDirection = isCurrent && sorting.direction === "asc" ? "desc" : "asc";
    const params = new URLSearchParams(sorting.filterQuery);
    params.set("sort", sort);
    params.set("dir", next);
    return (
      <th
        scope="col"
        className={className}
        aria-sort={isCurrent ? (sorting.direction === "asc" ? "ascending" : "descending") : undefined}
      >
        <Link
          href={`/manage?${params.toString()}`}
          className="inline-flex items-center gap-1 underline-offset-4 hover:underline"
          data-sort={sort}
        >
          {label}
          {isCurrent ? (
            <svg viewBox="0 0 10 10" className="h-2.5 w-2.5" aria-hidden="true" focusable="false">
              <path d={sorting.direction === "asc" ? "M5 1l4 7H1z" : "M5 9L1 2h8z"} fill="currentColor" />
            </svg>
          ) : null}
        </Link>
      </th>
    );
  };
  return (
    <div className="mt-4 overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="workspace-list">
        <thead className="border-b border-slate-300">
          <tr>
            {header("title", t("manage.list.columnCommitment"))}
            {header("claim", t("manage.list.columnClaim"))}
            {header("assessment", t("manage.list.columnAssessment"))}
            {header("state", t("manage.list.columnState"))}
            {header("verified", t("manage.list.columnVerified"))}
            {header("flags", t("manage.list.columnFlags"), "py-2")}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {commitments.map((row) => (
            <tr key={row.id} data-slug={row.slug} className="align-top">
              <td className="py-2 pr-3">
                <Link href={`/manage/commitments/${row.id}`} className="font-medium underline underline-offset-4">
                  {row.workspaceTitle ? (
                    <WorkspaceTitleText title={row.workspaceTitle} />
                  ) : (
                    <UserText>{row.title}</UserText>
                  )}
                </Link>
                <div className="text-xs text-slate-600">{row.slug}</div>
              </td>
              <td className="py-2 pr-3">
                <ClaimBadge value={row.officialClaim} />
              </td>
              <td className="py-2 pr-3">
                <AssessmentBadge value={row.assessment} />
              </td>
              <td className="py-2 pr-3">
                {t(`manage.state.${row.isArchived ? "archived" : row.isPublished ? "published" : "draft"}`)}
              </td>
              <td className="py-2 pr-3">
                {row.lastVerifiedOn ? formatCalendarDate(row.lastVerifiedOn) : t("manage.list.never")}
              </td>
              <td className="py-2">
                <ul className="flex flex-wrap gap-1">
                  {row.flags.map((flag) => (
                    <li key={flag}>
                      <StatusBadge label={t(`manage.flag.${flag}`)} tone={flag === "overdue" ? "danger" : "warning"} />
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
