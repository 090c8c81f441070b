import { getTranslations } from "next-intl/server";

type Summary = {
  total: number;
  responses: Record<string, number>;
  assessments: Record<string, number>;
  linkedCommitments: number;
};

const ASSESSMENTS_QUOTED = ["IMPLEMENTED", "PARTIALLY_IMPLEMENTED", "IN_PROGRESS", "NOT_STARTED"] as const;

/** The numbers a submission quotes: recommendations by response (UPR), linked commitments by assessment. */
export async function MechanismSummary({ summary, isUpr }: { summary: Summary; isUpr: boolean }) {
  const [t, words, root] = await Promise.all([
    getTranslations("recommendations"),
    getTranslations("shadowReport"),
    getTranslations(),
  ]);
  const rows: [string, number, string][] = [
    [words("summaryTotal"), summary.total, "total"],
    ...(isUpr
      ? (["SUPPORTED", "SUPPORTED_IN_PART", "NOTED"] as const).map((key): [string, number, string] => [
          t(`response.${key}`),
          summary.responses[key] ?? 0,
          key,
        ])
      : []),
    [words("summaryLinked"), summary.linkedCommitments, "linked"],
    ...ASSESSMENTS_QUOTED.map((key): [string, number, string] => [
      root(`assessment.${key}`),
      summary.assessments[key] ?? 0,
      key,
    ]),
  ];
  return (
    <table className="mt-4 border-collapse text-sm" data-testid="mechanism-summary">
      <caption className="sr-only">{words("summarySheet")}</caption>
      <tbody>
        {rows.map(([label, value, key]) => (
          <tr key={key} data-key={key}>
            <th scope="row" className="border border-slate-300 p-2 text-left font-medium">
              {label}
            </th>
            <td className="border border-slate-300 p-2 text-right">{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
