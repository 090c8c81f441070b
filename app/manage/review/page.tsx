import { getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/guard";
import { countProposals, listPendingChanges, listPendingProposals } from "@/lib/review/data";
import { readPageParam } from "@/lib/paging";
import { ReviewQueue } from "@/components/manage/review-queue";
import { ReviewChanges } from "@/components/manage/review-changes";
import { WorkspacePager } from "@/components/manage/workspace-pager";

export async function generateMetadata() {
  const t = await getTranslations("review");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ReviewPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePagePermission("status:review", "/manage/review");
  const query = await searchParams;
  const requested = readPageParam(query);
  const [t, queue, changes, counts] = await Promise.all([
    getTranslations("review"),
    listPendingProposals(requested),
    listPendingChanges(),
    countProposals(),
  ]);
  const saved =
    typeof query.saved === "string" && ["approved", "change-approved", "returned"].includes(query.saved)
      ? query.saved
      : null;
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
      {saved ? (
        <p role="status" className="mt-4 rounded border border-emerald-700 bg-emerald-50 p-3 text-emerald-950">
          {t(`done.${saved}`)}
        </p>
      ) : null}
      <p className="mt-4 font-medium" data-testid="review-counts">
        {t("counts", {
          pending: counts.pending,
          assessments: counts.pendingAssessments,
          claims: counts.pendingClaims,
          returned: counts.returned,
        })}
      </p>
      <WorkspacePager
        requested={saved ? queue.page : requested}
        page={queue.page}
        pageCount={queue.pageCount}
        path="/manage/review"
      />
      <ReviewQueue proposals={queue.items} viewerId={user.id} page={queue.page} />
      <ReviewChanges changes={changes} total={counts.pendingChanges} viewerId={user.id} page={queue.page} />
    </>
  );
}
