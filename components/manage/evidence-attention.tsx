import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { listEvidenceNeedingAttention } from "@/lib/evidence/capture/data";
import { CaptureStatus } from "./capture-status";

type Rows = Awaited<ReturnType<typeof listEvidenceNeedingAttention>>;

/** The workspace's list of broken, changed and uncaptured evidence, with the commitment each supports. */
export async function EvidenceAttention({ rows }: { rows: Rows }) {
  const t = await getTranslations("manage.evidenceCapture");
  return (
    <section aria-labelledby="evidence-attention-heading" className="mt-6" data-testid="evidence-attention">
      <h2 id="evidence-attention-heading" className="text-xl font-semibold">
        {t("attentionHeading")}
      </h2>
      {rows.length === 0 ? (
        <p className="mt-2 text-slate-700">{t("attentionEmpty")}</p>
      ) : (
        <>
          <p className="mt-1 text-slate-700">{t("attentionIntro")}</p>
          <table className="mt-3 w-full text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-1 pr-3">
                  {t("columnLink")}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t("columnCommitment")}
                </th>
                <th scope="col" className="py-1">
                  {t("columnProblem")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-b border-slate-200 align-top">
                  <td className="py-2 pr-3">
                    <span className="font-medium">{row.title}</span>
                    <span className="block break-all text-slate-600">{row.url}</span>
                  </td>
                  <td className="py-2 pr-3">
                    <Link href={`/manage/commitments/${row.commitment.id}`} className="underline underline-offset-4">
                      {row.commitment.title}
                    </Link>
                  </td>
                  <td className="py-2">
                    <CaptureStatus capture={row.capture} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
