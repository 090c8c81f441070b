import { getTranslations } from "next-intl/server";
import { listPublishedCommitments } from "@/lib/commitments/data";
import { CommitmentList } from "@/components/commitments/commitment-list";

// Always read the database: an editor's change must show on the next request.
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const [t, commitments] = await Promise.all([getTranslations("home"), listPublishedCommitments()]);
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-lg text-slate-700">{t("intro")}</p>
      <p className="mt-4 font-medium" data-testid="commitment-count">
        {t("count", { count: commitments.length })}
      </p>
      {commitments.length === 0 ? (
        <div className="mt-6 rounded border border-slate-300 bg-slate-50 p-6">
          <p className="font-medium">{t("empty")}</p>
          <p className="mt-1 text-slate-700">{t("emptyHint")}</p>
        </div>
      ) : (
        <div className="mt-6">
          <CommitmentList commitments={commitments} />
        </div>
      )}
    </>
  );
}
