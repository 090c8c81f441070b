import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requirePagePermission } from "@/lib/auth/guard";
import { hasPermission } from "@/lib/auth/permissions";
import { listSdgTargetsForEditor } from "@/lib/sdg-targets/data";
import { SdgTargetList } from "@/components/recommendations/sdg-target-list";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("recommendationsManage.sdg");
  return { title: t("title") };
}

/** Every SDG target with its three titles; editors translate the ones an import added. */
export default async function ManageSdgTargetsPage() {
  const user = await requirePagePermission("workspace:read", "/manage/recommendations/sdg-targets");
  const [targets, t, tList] = await Promise.all([
    listSdgTargetsForEditor(),
    getTranslations("recommendationsManage.sdg"),
    getTranslations("recommendationsManage.link"),
  ]);
  const canEdit = hasPermission(user.role, "commitment:update");
  const untranslated = targets.filter((target) => !target.isTranslated);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/manage/recommendations" className="underline underline-offset-4">
          {tList("listTitle")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      <p className="font-medium" data-testid="sdg-untranslated-count">
        {t("untranslatedCount", { count: untranslated.length })}
      </p>
      {untranslated.length > 0 ? (
        <p data-testid="sdg-untranslated-links">
          {t("notTranslated")}
          {": "}
          {untranslated.map((target, index) => (
            <span key={target.code}>
              {index > 0 ? ", " : null}
              <a href={`#target-${target.code}`} className="underline underline-offset-4">
                {target.code}
              </a>
            </span>
          ))}
        </p>
      ) : null}
      {canEdit ? null : <p className="text-slate-700">{t("readOnly")}</p>}
      <SdgTargetList targets={targets} canEdit={canEdit} />
    </div>
  );
}
