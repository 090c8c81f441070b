import { getFormatter, getTranslations } from "next-intl/server";
import { formatCalendarDay } from "@/components/common/calendar-date";
import { formatZonedDateTime } from "@/components/common/zoned-time";
import { UserText } from "@/components/common/user-text";
import { ChangeSide } from "./review-changes";

export type ProposalItem = {
  id: string;
  field: "ASSESSMENT" | "OFFICIAL_CLAIM";
  toValue: string;
  effectiveOn: Date;
  justification: string;
  reasonCode: string;
  state: string;
  reviewComment: string | null;
  createdAt: Date;
  proposedBy: { name: string };
  reviewedBy: { name: string } | null;
};

export type ChangeItem = {
  id: string;
  kind: string;
  state: string;
  reviewComment: string | null;
  createdAt: Date;
  proposedBy: { name: string };
  reviewedBy: { name: string } | null;
  proposed: Record<string, unknown>;
  replaces: Record<string, unknown> | null;
};

/**
 * A record's open proposals (waiting for review, or returned): status changes, then evidence and
 * quote changes. Visible in the workspace only, so the person who proposed one sees it is waiting.
 */
export async function ProposalsSection({
  proposals,
  changes = [],
}: {
  proposals: readonly ProposalItem[];
  changes?: readonly ChangeItem[];
}) {
  if (proposals.length === 0 && changes.length === 0) return null;
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const label = (field: ProposalItem["field"], value: string) => {
    const key = field === "ASSESSMENT" ? `assessment.${value}` : `officialClaim.${value}`;
    return t.has(key) ? t(key) : value;
  };
  return (
    <section aria-labelledby="proposals-heading" className="max-w-3xl" data-testid="record-proposals">
      <h2 id="proposals-heading" className="text-2xl font-semibold">
        {t("review.recordHeading")}
      </h2>
      <p className="mt-1 text-slate-700">{t("review.recordIntro")}</p>
      <ul className="mt-3 space-y-3">
        {proposals.map((proposal) => (
          <li key={proposal.id} className="rounded border border-slate-300 p-3">
            <p className="text-sm font-semibold uppercase tracking-wide text-slate-700">
              {proposal.state === "RETURNED" ? t("review.stateReturned") : t("review.statePending")}
            </p>
            <p className="font-medium">
              {t("review.changeTo", {
                field: t(`statusField.${proposal.field}`),
                to: label(proposal.field, proposal.toValue),
                date: formatCalendarDay(format, proposal.effectiveOn),
              })}
            </p>
            <p className="text-sm text-slate-700">
              {t("review.proposedBy", {
                name: proposal.proposedBy.name,
                time: formatZonedDateTime(format, proposal.createdAt),
              })}{" "}
              · {t(`reasons.${proposal.reasonCode}`)}
            </p>
            <p className="mt-1 whitespace-pre-line">
              <UserText>{proposal.justification}</UserText>
            </p>
            {proposal.state === "RETURNED" && proposal.reviewComment ? (
              <p
                className="mt-2 rounded border border-amber-700 bg-amber-50 p-2 text-amber-950"
                data-testid="return-comment"
              >
                {t("review.returnedWith", { name: proposal.reviewedBy?.name ?? "—" })}{" "}
                <UserText>{proposal.reviewComment}</UserText>
              </p>
            ) : null}
          </li>
        ))}
        {changes.map((change) => (
          <li key={change.id} className="rounded border border-slate-300 p-3" data-testid="record-change-proposal">
            <p className="text-sm font-semibold uppercase tracking-wide text-slate-700">
              {change.state === "RETURNED" ? t("review.stateReturned") : t("review.statePending")}
            </p>
            <p className="font-medium">{t(`review.changeKind.${change.kind.replace(".", "-")}`)}</p>
            <p className="mt-1">
              <ChangeSide
                value={change.kind.endsWith("remove") ? change.replaces : change.proposed}
                kind={change.kind}
              />
            </p>
            <p className="text-sm text-slate-700">
              {t("review.proposedBy", {
                name: change.proposedBy.name,
                time: formatZonedDateTime(format, change.createdAt),
              })}
            </p>
            {change.state === "RETURNED" && change.reviewComment ? (
              <p
                className="mt-2 rounded border border-amber-700 bg-amber-50 p-2 text-amber-950"
                data-testid="return-comment"
              >
                {t("review.returnedWith", { name: change.reviewedBy?.name ?? "—" })}{" "}
                <UserText>{change.reviewComment}</UserText>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
