import { hasPermission, type Permission } from "@/lib/auth/permissions";
import type { ReviewSettings } from "@/lib/review/data";
import type { StatusFieldKey } from "@/lib/vocabulary";

// "Publish now or propose": the one decision for every public change a role may submit. The
// operation's own permission (lib/operations/registry.ts) decides who may submit at all; this
// decides whether what they submit is public at once or waits for a reviewer. The write cores of
// each feature never decide it themselves.

/** A public change someone submits. */
export type PublicChange =
  /** A new assessment or official claim (also the claim a new commitment is created with). */
  | { kind: "status"; field: StatusFieldKey }
  | { kind: "evidence.edit" | "evidence.remove" | "quote.add" | "quote.remove" };

export type Publication = "publish" | "propose";

/** The permission that lets a role publish each kind of change without a reviewer. */
const PUBLISH_PERMISSION: Record<PublicChange["kind"], Permission> = {
  status: "status:publish",
  "evidence.edit": "evidence:publish",
  "evidence.remove": "evidence:publish",
  "quote.add": "quote:publish",
  "quote.remove": "quote:publish",
};

/**
 * Whether `change` by `role` is published now or becomes a proposal: published only when the
 * role holds the kind's publish permission and, for a status, review is off for its field.
 * Anything else (a contributor, an unknown role, review on) is a proposal.
 */
export function decidePublication(
  role: string | null | undefined,
  change: PublicChange,
  settings: ReviewSettings,
): Publication {
  if (!hasPermission(role, PUBLISH_PERMISSION[change.kind])) return "propose";
  if (change.kind === "status") {
    const isReviewed = change.field === "ASSESSMENT" ? settings.reviewAssessments : settings.reviewClaims;
    if (isReviewed) return "propose";
  }
  return "publish";
}
