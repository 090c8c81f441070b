import { getTranslations } from "next-intl/server";
import { ASSESSMENT_TONES, OFFICIAL_CLAIM_TONES, type AssessmentKey, type OfficialClaimKey } from "@/lib/vocabulary";
import { StatusBadge } from "./status-badge";

type Size = "md" | "lg";

/** Where a status is explained on /method: assessments by their key, claims as claim-<key>. */
export const methodAnchor = {
  assessment: (key: AssessmentKey) => `/method#${key}`,
  claim: (key: OfficialClaimKey) => `/method#claim-${key}`,
  overdue: "/method#overdue",
};

/** An assessment badge linking to its definition. */
export async function AssessmentBadge({ value, size }: { value: AssessmentKey; size?: Size }) {
  const t = await getTranslations();
  return (
    <StatusBadge
      label={t(`assessment.${value}`)}
      tone={ASSESSMENT_TONES[value]}
      icon={`assessment:${value}`}
      href={methodAnchor.assessment(value)}
      hint={t("method.badgeHint")}
      size={size}
    />
  );
}

/** An official-claim badge linking to its definition. */
export async function ClaimBadge({ value, size }: { value: OfficialClaimKey; size?: Size }) {
  const t = await getTranslations();
  return (
    <StatusBadge
      label={t(`officialClaim.${value}`)}
      tone={OFFICIAL_CLAIM_TONES[value]}
      icon={`claim:${value}`}
      href={methodAnchor.claim(value)}
      hint={t("method.badgeHint")}
      size={size}
    />
  );
}

/** The overdue warning, linking to what overdue means. */
export async function OverdueBadge({ size }: { size?: Size }) {
  const t = await getTranslations();
  return (
    <StatusBadge
      label={t("commitment.overdue")}
      tone="danger"
      icon="overdue"
      href={methodAnchor.overdue}
      hint={t("method.badgeHint")}
      size={size}
    />
  );
}
