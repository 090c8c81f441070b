import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { approveProposalAction } from "@/lib/review/actions";
import { formatCalendarDay } from "@/components/common/calendar-date";
import { formatZonedDateTime } from "@/components/common/zoned-time";
import { UserText } from "@/components/common/user-text";
import { ActionButtonForm } from "./action-button-form";
import { RETURN_PAGE_FIELD } from "@/lib/paging";
import { ReturnProposalForm } from "./return-proposal-form";

export type PendingProposal = {
  id: string;
  version: number;
  field: string;
  toValue: string;
  effectiveOn: Date;
  justification: string;
  reasonCode: string;
  createdAt: Date;
  isStale: boolean;
  /** The record's current value of the field: what the proposal replaces. */
  fromValue: string;
  commitment: { id: string; title: string };
  proposedBy: { id: string; name: string };
  evidence: { url: string; title: string }[];
  newEvidence: { url: string; title: string }[];
};

/** The review queue: pending proposals, oldest first, each with the value it replaces, its justification and evidence, to approve or return. */
export async function ReviewQueue({
  proposals,
  viewerId,
  page = 1,
}: {
  proposals: readonly PendingProposal[];
  viewerId: string;
  /** The queue's page, kept after a decision. */ page?: number;
}) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  if (proposals.length === 0) return <p className="mt-4 text-slate-700">{t("review.empty")}</p>;
  const label = (field: string, value: string) => {
    const key = field === "ASSESSMENT" ? `assessment.${value}` : `officialClaim.${value}`;
    return t.has(key) ? t(key) : value;
  };
  return (
    <ol className="mt-4 space-y-4" data-testid="review-queue">
      {proposals.map((proposal) => (
        <li key={proposal.id} className="rounded border border-slate-300 p-4" data-proposal={proposal.id}>
          <p className="text-sm text-slate-600">
            {t("review.proposedBy", {
              name: proposal.proposedBy.name,
              time: formatZonedDateTime(format, proposal.createdAt),
            })}
          </p>
          <h2 className="text-lg font-semibold">
            <Link href={`/manage/commitments/${proposal.commitment.id}`} className="underline underline-offset-4">
              <UserText>{proposal.commitment.title}</UserText>
            </Link>
          </h2>
          <p className="font-medium" data-testid="proposal-change">
            {t("review.changeFromTo", {
              field: t(`statusField.${proposal.field}`),
              from: label(proposal.field, proposal.fromValue),
              to: label(proposal.field, proposal.toValue),
              date: formatCalendarDay(format, proposal.effectiveOn),
            })}
          </p>
          <dl className="mt-2 grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
            <dt className="font-medium">{t("review.reasonLabel")}</dt>
            <dd>{t(`reasons.${proposal.reasonCode}`)}</dd>
            <dt className="font-medium">{t("manage.status.justification")}</dt>
            <dd className="whitespace-pre-line">
              <UserText>{proposal.justification}</UserText>
            </dd>
            <dt className="font-medium">{t("manage.status.evidence")}</dt>
            <dd>
              {proposal.evidence.length + proposal.newEvidence.length === 0 ? (
                t("manage.status.noEvidence")
              ) : (
                <ul className="list-disc pl-5 text-sm">
                  {[...proposal.evidence, ...proposal.newEvidence].map((item) => (
                    <li key={item.url}>
                      <a
                        href={item.url}
                        rel="noopener noreferrer nofollow"
                        target="_blank"
                        className="underline underline-offset-4"
                      >
                        <UserText>{item.title}</UserText>
                      </a>{" "}
                      <span className="break-all text-slate-600">({item.url})</span>
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </dl>
          {proposal.isStale ? (
            <p
              className="mt-2 rounded border border-amber-700 bg-amber-50 p-2 text-amber-950"
              data-testid="stale-proposal"
            >
              {t("review.stale")}
            </p>
          ) : null}
          {proposal.proposedBy.id === viewerId ? (
            <p className="mt-3 text-slate-700" data-testid="own-proposal">
              {t("review.ownProposal")}
            </p>
          ) : (
            <div className="mt-3 grid gap-4 sm:grid-cols-2">
              <ActionButtonForm
                action={approveProposalAction}
                fields={{ proposalId: proposal.id, version: proposal.version, [RETURN_PAGE_FIELD]: page }}
                label={t("review.approve")}
                tone="primary"
              />
              <ReturnProposalForm proposalId={proposal.id} version={proposal.version} page={page} />
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
