import { getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/guard";
import { listCorrections } from "@/lib/corrections/data";
import { readPageParam } from "@/lib/paging";
import { InboxList } from "@/components/manage/inbox-list";
import { WorkspacePager } from "@/components/manage/workspace-pager";

export async function generateMetadata() {
  const t = await getTranslations("inbox");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const DONE = ["handled", "evidence", "discarded", "email-forgotten"] as const;

export default async function InboxPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePagePermission("correction:moderate", "/manage/inbox");
  const query = await searchParams;
  const requested = readPageParam(query);
  const [t, inbox] = await Promise.all([getTranslations("inbox"), listCorrections(requested)]);
  const saved = DONE.find((key) => key === query.saved);
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
      {saved ? (
        <p role="status" className="mt-4 rounded border border-emerald-700 bg-emerald-50 p-3 text-emerald-950">
          {t(`done.${saved}`)}
        </p>
      ) : null}
      <p className="mt-4 font-medium" data-testid="inbox-count">
        {t("count", { count: inbox.newCount })}
      </p>
      <WorkspacePager
        requested={saved ? inbox.page : requested}
        page={inbox.page}
        pageCount={inbox.pageCount}
        path="/manage/inbox"
      />
      <InboxList open={inbox.open} decided={inbox.decided} page={inbox.page} />
    </>
  );
}
