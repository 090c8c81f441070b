import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { ScrollHint } from "@/components/layout/scroll-hint";
import { ASSESSMENTS, OFFICIAL_CLAIMS, type AssessmentKey, type OfficialClaimKey } from "@/lib/vocabulary";

type Cell = { claim: OfficialClaimKey; assessment: AssessmentKey; count: number };

// Claims that assert delivery, set against assessments that say it has not happened.
const CLAIMS_OF_DELIVERY: OfficialClaimKey[] = ["ADOPTED", "IN_PROGRESS"];
const SHORTFALLS: AssessmentKey[] = ["NOT_STARTED", "STALLED", "PARTIALLY_IMPLEMENTED", "REVERSED", "IN_PROGRESS"];

/** The gap between what the government says and what the evidence shows, as a table and in sentences. */
export async function ClaimGapMatrix({ cells }: { cells: Cell[] }) {
  const t = await getTranslations();
  const countOf = (claim: OfficialClaimKey, assessment: AssessmentKey) =>
    cells.find((cell) => cell.claim === claim && cell.assessment === assessment)?.count ?? 0;
  const gaps = cells
    .filter(
      (cell) =>
        CLAIMS_OF_DELIVERY.includes(cell.claim) &&
        SHORTFALLS.includes(cell.assessment) &&
        !(cell.claim === "IN_PROGRESS" && cell.assessment === "IN_PROGRESS"),
    )
    .sort((a, b) => b.count - a.count)
    .slice(0, 5);
  const isAssessed = cells.some((cell) => cell.assessment !== "NOT_ASSESSED" && cell.count > 0);
  const href = (claim: string, assessment: string) => `/commitments?claim=${claim}&assessment=${assessment}`;

  return (
    <div>
      {isAssessed && gaps.length > 0 ? (
        <>
          <h3 className="font-semibold">{t("overview.gapHighlights")}</h3>
          <ul className="mt-2 list-disc pl-6">
            {gaps.map((gap) => (
              <li key={`${gap.claim}-${gap.assessment}`}>
                <Link href={href(gap.claim, gap.assessment)} className="text-brand underline underline-offset-4">
                  {t("overview.gapSentence", {
                    claim: t(`officialClaim.${gap.claim}`),
                    assessment: t(`assessment.${gap.assessment}`),
                    count: gap.count,
                  })}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="text-slate-700">{t("overview.gapNone")}</p>
      )}
      <div className="mt-4">
        <ScrollHint />
      </div>
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("overview.gapCaption")}>
        <table className="min-w-full border-collapse text-sm">
          <caption className="sr-only">{t("overview.gapCaption")}</caption>
          <thead>
            <tr>
              <th scope="col" className="border border-slate-300 bg-slate-100 p-2 text-left">
                {t("overview.gapClaimHeader")}
              </th>
              {ASSESSMENTS.map((assessment) => (
                <th
                  key={assessment}
                  scope="col"
                  className="border border-slate-300 bg-slate-100 p-2 text-left font-medium"
                >
                  {t(`assessment.${assessment}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {OFFICIAL_CLAIMS.map((claim) => (
              <tr key={claim}>
                <th scope="row" className="border border-slate-300 bg-slate-50 p-2 text-left font-medium">
                  {t(`officialClaim.${claim}`)}
                </th>
                {ASSESSMENTS.map((assessment) => {
                  const count = countOf(claim, assessment);
                  return (
                    <td key={assessment} className="border border-slate-300 p-2 text-right tabular-nums">
                      {count > 0 ? (
                        <Link href={href(claim, assessment)} className="text-brand underline underline-offset-4">
                          {count}
                        </Link>
                      ) : (
                        <span className="text-slate-600">{0}</span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
