import { getTranslations } from "next-intl/server";

export default async function Loading() {
  const t = await getTranslations();
  return (
    <p role="status" aria-live="polite" className="text-slate-700">
      {t("loading")}
    </p>
  );
}
