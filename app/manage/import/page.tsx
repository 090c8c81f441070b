import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/guard";
import { ImportUploadForm } from "@/components/manage/import-upload-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("manage.import");
  return { title: t("title") };
}

export default async function ImportPage() {
  await requirePagePermission("import:run", "/manage/import");
  const [t, tr] = await Promise.all([getTranslations("manage.import"), getTranslations("recommendationsManage")]);
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-lg text-slate-700">{t("intro")}</p>
      <div className="mt-6">
        <ImportUploadForm />
      </div>
      <section aria-labelledby="import-columns" className="mt-8 space-y-2 text-sm">
        <h2 id="import-columns" className="text-lg font-semibold">
          {t("columnsHeading")}
        </h2>
        <p>{t("commitmentColumns")}</p>
        <p>
          <a href="/manage/import/templates/commitments.csv" className="underline underline-offset-4">
            {t("templateCommitments")}
          </a>{" "}
          ·{" "}
          <a href="/manage/reports/snapshot.csv" className="underline underline-offset-4">
            {t("templateLink")}
          </a>
        </p>
        <p>{t("statusColumns")}</p>
        <p>
          <a href="/manage/import/templates/statuses.csv" className="underline underline-offset-4">
            {t("templateStatuses")}
          </a>
        </p>
        <p>{tr("columns")}</p>
        <p>
          <a href="/manage/import/templates/recommendations.csv" className="underline underline-offset-4">
            {t("templateRecommendations")}
          </a>
        </p>
      </section>
    </div>
  );
}
