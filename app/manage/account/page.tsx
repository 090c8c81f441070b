import { getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/guard";
import { ChangePasswordForm } from "@/components/manage/change-password-form";

export async function generateMetadata() {
  const t = await getTranslations("manage.account");
  return { title: t("title") };
}

export default async function AccountPage() {
  const user = await requirePagePermission("account:manage-own", "/manage/account");
  const t = await getTranslations("manage.account");
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("intro", { email: user.email })}</p>
      <section aria-labelledby="password-heading" className="mt-6 max-w-md">
        <h2 id="password-heading" className="text-xl font-semibold">
          {t("changePassword")}
        </h2>
        <p className="mt-1 text-slate-700">{t("changePasswordHint")}</p>
        <div className="mt-3">
          <ChangePasswordForm />
        </div>
      </section>
    </>
  );
}
