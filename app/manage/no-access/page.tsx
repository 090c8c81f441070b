import { getTranslations } from "next-intl/server";

export default async function NoAccessPage() {
  const t = await getTranslations("manage.noAccess");
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("body")}</p>
    </>
  );
}
