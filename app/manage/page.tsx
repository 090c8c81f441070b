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

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ManageHomePage({ searchParams }: { searchParams: SearchParams }) {
  await requirePagePermission("workspace:read", "/manage");
  const params = await searchParams;
  const filters = parseWorkspaceFilters(params);
  const { sort, direction } = parseWorkspaceSort(params);
  const [t, locale, listed, everything, attention] = await Promise.all([
    getTranslations("manage.list"),
    getLocale(),
    listWorkspaceCommitments(filters),
    listWorkspaceCommitments({ state: "all" }),
    listEvidenceNeedingAttention(),
  ]);
  const commitments = sortWorkspaceRows(listed, sort, direction, locale);
  const filterQuery = new URLSearchParams(
    Object.entries({ q: filters.query, category: filters.category, assessment: filters.assessment, state: filters.state === "all" ? undefined : filters.state, flag: filters.flag }).filter(
      (entry): entry is [string, string] => typeof entry[1] === "string",
    ),
  ).toString();
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("intro")}</p>
      <MailStatus />
      <FlagSummary counts={countFlags(everything.filter((row) => !row.isArchived))} />
      <CommitmentFilters filters={filters} />
      <p className="mt-4 font-medium" data-testid="workspace-count">
        {t("count", { count: commitments.length })}
      </p>
      {commitments.length === 0 ? <p className="mt-4">{t("empty")}</p> : <CommitmentTable commitments={commitments} sorting={{ sort, direction, filterQuery }} />}
      <EvidenceAttention rows={attention} />
    </>
  );
}
