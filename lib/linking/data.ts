import "server-only";
import { db } from "@/lib/db/client";
import { WORKSPACE_TITLE_SELECT } from "@/lib/manage/workspace-title";
import { SAME_MATTER_THRESHOLD } from "./thresholds";
import { findSameMatter, suggestCommitments, suggestRecommendations } from "./suggest";

/** How many suggestions a workspace page shows. */
export const SUGGESTIONS_SHOWN = 8;

/** The recommendations a commitment may answer, best first (not linked, not marked "not related"). */
export async function listSuggestedRecommendations(commitmentId: string) {
  return (await suggestRecommendations(db, commitmentId, SUGGESTIONS_SHOWN)).map((scored) => scored.item);
}

/** The commitments that may answer a recommendation, best first (not linked, not marked "not related"). */
export async function listSuggestedCommitments(recommendationId: string) {
  return (await suggestCommitments(db, recommendationId, SUGGESTIONS_SHOWN)).map((scored) => scored.item);
}

/**
 * A recommendation's group: the others on the same matter (made before or again), oldest first,
 * and how many times the demand was made in all (this one included) since which year.
 */
export async function getSameMatter(recommendationId: string, issuedOn: Date | null) {
  const others = (await findSameMatter(db, recommendationId, SAME_MATTER_THRESHOLD)).map((scored) => scored.item);
  others.sort((left, right) => (left.issuedOn?.getTime() ?? 0) - (right.issuedOn?.getTime() ?? 0));
  const years = [issuedOn, ...others.map((row) => row.issuedOn)].flatMap((date) =>
    date ? [date.getUTCFullYear()] : [],
  );
  return {
    others,
    times: others.length + 1,
    since: years.length > 0 ? Math.min(...years) : null,
    stateUnderReview: others[0]?.stateUnderReview ?? "",
  };
}

/** The commitments a recommendation can be linked to (not archived), with their titles in every language. */
export async function listLinkTargets() {
  return db.commitment.findMany({
    where: { isArchived: false },
    orderBy: { title: "asc" },
    select: { id: true, ...WORKSPACE_TITLE_SELECT },
  });
}
