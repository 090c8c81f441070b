import { getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/guard";
import { getReviewSettings } from "@/lib/review/data";
import { SettingsForm } from "@/components/manage/settings-form";

export async function generateMetadata() {
  const t = await getTranslations("settings");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SettingsPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePagePermission("settings:manage", "/manage/settings");
  const [t, settings, query] = await Promise.all([getTranslations("settings"), getReviewSettings(), searchParams]);
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      {query.saved === "settings" ? (
        <p role="status" className="mt-4 rounded border border-emerald-700 bg-emerald-50 p-3 text-emerald-950">
          {t("saved")}
        </p>
      ) : null}
      <section aria-labelledby="review-settings-heading" className="mt-6 max-w-3xl rounded border border-slate-300 p-4">
        <h2 id="review-settings-heading" className="text-xl font-semibold">
          {t("reviewHeading")}
        </h2>
        <p className="mt-1 text-slate-700">{t("reviewIntro")}</p>
        <div className="mt-3">
          <SettingsForm {...settings} />
        </div>
      </section>
    </>
  );
}
