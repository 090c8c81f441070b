import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { gapFigures } from "@/lib/charts/series";

type Gap = ReturnType<typeof gapFigures>;

const CLAIM_FILL = "#334155";
const EVIDENCE_FILL = "#047857";

/**
 * The claim-vs-evidence gap as pairs of bars on one scale: what the government says beside what
 * the evidence shows for the same commitments. The words carry every number; the bars are SVG.
 */
export async function GapChart({ gap }: { gap: Gap }) {
  const t = await getTranslations();
  const scale = Math.max(1, gap.claimedActive, gap.claimedAdopted);
  const pairs = [
    {
      key: "adopted",
      claim: t("charts.gapAdoptedClaim"),
      claimCount: gap.claimedAdopted,
      evidence: t("charts.gapAdoptedEvidence"),
      evidenceCount: gap.adoptedAndImplemented,
      notAssessed: gap.adoptedNotAssessed,
      href: "/commitments?claim=ADOPTED",
    },
    {
      key: "active",
      claim: t("charts.gapActiveClaim"),
      claimCount: gap.claimedActive,
      evidence: t("charts.gapActiveEvidence"),
      evidenceCount: gap.activeWithProgress,
      notAssessed: gap.activeNotAssessed,
      href: "/commitments?claim=ADOPTED&claim=IN_PROGRESS",
    },
  ];
  const bar = (count: number, fill: string, name: string) => (
    <svg
      viewBox="0 0 100 6"
      preserveAspectRatio="none"
      className="mt-1 h-5 w-full"
      aria-hidden="true"
      focusable="false"
    >
      <rect x="0" y="0" width="100" height="6" fill="#f1f5f9" />
      <rect data-bar={name} data-count={count} x="0" y="0" width={(count / scale) * 100} height="6" fill={fill} />
    </svg>
  );
  return (
    <div className="space-y-6" data-chart="gap">
      {pairs.map((pair) => (
        <div key={pair.key} className="break-inside-avoid" data-pair={pair.key}>
          <p className="text-base">
            <Link href={pair.href} className="font-medium text-brand underline-offset-4 hover:underline">
              {pair.claim}
            </Link>
            {": "}
            <strong className="tabular-nums">{pair.claimCount}</strong>
          </p>
          {bar(pair.claimCount, CLAIM_FILL, "claim")}
          <p className="mt-2 text-base">
            {pair.evidence}
            {": "}
            <strong className="tabular-nums">{pair.evidenceCount}</strong>{" "}
            <span className="text-sm text-slate-700">({t("charts.gapNotAssessed", { count: pair.notAssessed })})</span>
          </p>
          {bar(pair.evidenceCount, EVIDENCE_FILL, "evidence")}
        </div>
      ))}
    </div>
  );
}
