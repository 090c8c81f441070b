import { formatCalendarDate } from "@/lib/calendar";
import { hasPermission } from "@/lib/auth/permissions";
import type { OpenChange, OpenProposal, ReviewSettings } from "./data";

/** What the status form needs to know about review: the note to show, open proposals, and a returned one the person may revise. */
export type WorkspaceReview = {
  note: string | null;
  proposals: readonly OpenProposal[];
  /** Open evidence and quote change proposals on the record. */
  changes: readonly OpenChange[];
  revising: { id: string; values: Record<string, string | string[]>; comment: string | null } | null;
};

type Translate = (key: string, values?: Record<string, string>) => string;

/**
 * What the person's status form says about review: a contributor always proposes; anyone else
 * proposes for the fields that need a second editor. A returned proposal of their own opens in
 * the form to revise and resubmit.
 */
export function workspaceReview(
  user: { id: string; role: string },
  proposals: OpenProposal[],
  settings: ReviewSettings,
  t: Translate,
  changes: readonly OpenChange[] = [],
): WorkspaceReview {
  let note: string | null = null;
  if (!hasPermission(user.role, "status:publish")) note = t("review.contributorNote");
  else if (settings.reviewAssessments && settings.reviewClaims) note = t("review.noteBoth");
  else if (settings.reviewAssessments || settings.reviewClaims)
    note = t("review.noteOne", {
      field: t(`statusField.${settings.reviewAssessments ? "ASSESSMENT" : "OFFICIAL_CLAIM"}`),
    });
  const own = proposals.find((proposal) => proposal.state === "RETURNED" && proposal.proposedById === user.id);
  const revising = own
    ? {
        id: own.id,
        comment: own.reviewComment,
        values: {
          field: own.field,
          to: own.toValue,
          effectiveOn: formatCalendarDate(own.effectiveOn),
          justification: own.justification,
          reasonCode: own.reasonCode,
          evidenceIds: own.evidenceIds,
          ...(own.newEvidence[0]
            ? {
                newEvidenceUrl: own.newEvidence[0].url,
                newEvidenceTitle: own.newEvidence[0].title,
                newEvidenceKind: own.newEvidence[0].kind ?? "OTHER",
              }
            : {}),
        },
      }
    : null;
  return { note: revising && !note ? t("review.revisionNote") : note, proposals, changes, revising };
}
