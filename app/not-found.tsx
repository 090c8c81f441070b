import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-3 text-lg text-slate-700">{t("body")}</p>
      <p className="mt-6">
        <Link href="/commitments" className="text-brand underline underline-offset-4">
          {t("backHome")}
        </Link>
      </p>
    </div>
  );
}
