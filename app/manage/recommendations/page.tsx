import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requirePagePermission } from "@/lib/auth/guard";
import { hasPermission } from "@/lib/auth/permissions";
import { listLinkTargets } from "@/lib/linking/data";
import { workspaceTitle } from "@/lib/manage/workspace-title";
import type { Locale } from "@/i18n/locales";
import { BulkLinkForm } from "@/components/linking/bulk-link-form";
import { searchRecommendationsForEditor } from "@/lib/recommendations/data";
import { RecommendationLabel } from "@/components/recommendations/recommendation-label";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("recommendationsManage.link");
  return { title: t("listTitle") };
}

export default async function ManageRecommendationsPage({ searchParams }: Props) {
  const user = await requirePagePermission("workspace:read", "/manage/recommendations");
  const search = await searchParams;
  const query = [search.q ?? []].flat()[0]?.slice(0, 200) ?? "";
  const canLink = hasPermission(user.role, "commitment:update");
  const [t, tDelete, tSdg, tTerms, tl, locale, items, targets] = await Promise.all([
    getTranslations("recommendationsManage.link"),
    getTranslations("recommendationsManage.delete"),
    getTranslations("recommendationsManage.sdg"),
    getTranslations("recommendationsManage.terms"),
    getTranslations("linking"),
    getLocale(),
    searchRecommendationsForEditor(query, 100),
    canLink && query ? listLinkTargets() : Promise.resolve([]),
  ]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("listTitle")}</h1>
      {search.deleted === "1" ? (
        <p
          role="status"
          className="rounded border border-emerald-700 bg-emerald-50 p-3 text-emerald-900"
          data-testid="recommendation-deleted"
        >
          {tDelete("deleted")}
        </p>
      ) : null}
      <p className="max-w-3xl text-slate-700">{t("listIntro")}</p>
      <p>
        <Link href="/manage/recommendations/sdg-targets" className="underline underline-offset-4">
          {tSdg("link")}
        </Link>
      </p>
      <p>
        <Link href="/manage/recommendations/themes" className="underline underline-offset-4">
          {tTerms("link")}
        </Link>
      </p>
      <form method="get" className="flex flex-wrap items-end gap-2" role="search">
        <label className="block grow">
          <span className="font-medium">{t("searchLabel")}</span>
          <input
            type="search"
            name="q"
            defaultValue={query}
            maxLength={200}
            className="mt-1 block w-full rounded border border-slate-500 p-2"
          />
        </label>
        <button type="submit" className="rounded border border-slate-500 px-4 py-2 font-medium">
          {t("search")}
        </button>
      </form>
      {query && items.length === 0 ? <p>{t("noMatch", { query })}</p> : null}
      <ul className="space-y-3" data-testid="manage-recommendations">
        {items.map((item) => (
          <li key={item.id} className="rounded border border-slate-300 p-3">
            <Link href={`/manage/recommendations/${item.id}`} className="underline underline-offset-4">
              <RecommendationLabel recommendation={item} />
            </Link>
          </li>
        ))}
      </ul>
      {canLink && query && items.length > 0 ? (
        <section aria-labelledby="bulk-link-heading" className="space-y-3">
          <h2 id="bulk-link-heading" className="text-2xl font-semibold">
            {tl("bulkHeading")}
          </h2>
          <p className="text-slate-700">{tl("bulkIntro")}</p>
          <BulkLinkForm
            testId="bulk-link"
            items={items.map((item) => ({ id: item.id, label: <RecommendationLabel recommendation={item} /> }))}
            commitments={targets.map((target) => ({
              id: target.id,
              title: workspaceTitle(target, locale as Locale).title,
            }))}
          />
        </section>
      ) : null}
    </div>
  );
}
