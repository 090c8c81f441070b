import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import type { AssessmentKey, OfficialClaimKey } from "@/lib/vocabulary";
import { formatCalendarDate } from "@/lib/dates";
import type { WorkspaceFlag } from "@/lib/manage/flags";
import { StatusBadge } from "@/components/commitments/status-badge";
import { AssessmentBadge, ClaimBadge } from "@/components/commitments/status-badges";

type Row = {
  id: string;
  slug: string;
  title: string;
  officialClaim: OfficialClaimKey;
  assessment: AssessmentKey;
  lastVerifiedOn: Date | null;
  isPublished: boolean;
  isArchived: boolean;
  flags: WorkspaceFlag[];
};

/** The workspace list: every commitment with its statuses, state and attention flags. */
export async function CommitmentTable({ commitments }: { commitments: readonly Row[] }) {
  const t = await getTranslations();
  return (
    <div className="mt-4 overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="workspace-list">
        <thead className="border-b border-slate-300">
          <tr>
            <th scope="col" className="py-2 pr-3">{t("manage.list.columnCommitment")}</th>
            <th scope="col" className="py-2 pr-3">{t("manage.list.columnClaim")}</th>
            <th scope="col" className="py-2 pr-3">{t("manage.list.columnAssessment")}</th>
            <th scope="col" className="py-2 pr-3">{t("manage.list.columnState")}</th>
            <th scope="col" className="py-2 pr-3">{t("manage.list.columnVerified")}</th>
            <th scope="col" className="py-2">{t("manage.list.columnFlags")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {commitments.map((row) => (
            <tr key={row.id} data-slug={row.slug} className="align-top">
              <td className="py-2 pr-3">
                <Link href={`/manage/commitments/${row.id}`} className="font-medium underline underline-offset-4">
                  {row.title}
                </Link>
                <div className="text-xs text-slate-600">{row.slug}</div>
              </td>
              <td className="py-2 pr-3">
                <ClaimBadge value={row.officialClaim} />
              </td>
              <td className="py-2 pr-3">
                <AssessmentBadge value={row.assessment} />
              </td>
              <td className="py-2 pr-3">{t(`manage.state.${row.isArchived ? "archived" : row.isPublished ? "published" : "draft"}`)}</td>
              <td className="py-2 pr-3">{row.lastVerifiedOn ? formatCalendarDate(row.lastVerifiedOn) : t("manage.list.never")}</td>
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
