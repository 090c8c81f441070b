import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requirePagePermission } from "@/lib/auth/guard";
import { hasPermission } from "@/lib/auth/permissions";
import { listTermsForEditor } from "@/lib/vocabularies/data";
import { VocabularyTermList } from "@/components/vocabularies/term-list";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("recommendationsManage.terms");
  return { title: t("title") };
}

/** Themes and affected groups with their three names; editors translate the ones an import added. */
export default async function ManageThemesPage() {
  const user = await requirePagePermission("workspace:read", "/manage/recommendations/themes");
  const [themes, groups, t, tList] = await Promise.all([
    listTermsForEditor("THEME"),
    listTermsForEditor("AFFECTED_GROUP"),
    getTranslations("recommendationsManage.terms"),
    getTranslations("recommendationsManage.link"),
  ]);
  const canEdit = hasPermission(user.role, "commitment:update");
  const untranslated = [...themes, ...groups].filter((term) => !term.isTranslated).length;
  return (
    <div className="space-y-6">
      <p>
        <Link href="/manage/recommendations" className="underline underline-offset-4">
          {tList("listTitle")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      <p className="font-medium" data-testid="terms-untranslated-count">
        {t("untranslatedCount", { count: untranslated })}
      </p>
      {canEdit ? null : <p className="text-slate-700">{t("readOnly")}</p>}
      <section aria-labelledby="themes-heading" className="space-y-3">
        <h2 id="themes-heading" className="text-2xl font-semibold">
          {t("themesHeading")}
        </h2>
        <VocabularyTermList terms={themes} canEdit={canEdit} />
      </section>
      <section aria-labelledby="groups-heading" className="space-y-3">
        <h2 id="groups-heading" className="text-2xl font-semibold">
          {t("groupsHeading")}
        </h2>
        <VocabularyTermList terms={groups} canEdit={canEdit} />
      </section>
    </div>
  );
}
