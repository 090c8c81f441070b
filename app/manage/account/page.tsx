import { getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/guard";
import { getMailLocale } from "@/lib/users/data";
import { ChangePasswordForm } from "@/components/manage/change-password-form";
import { MailLanguageForm } from "@/components/manage/mail-language-form";

export async function generateMetadata() {
  const t = await getTranslations("manage.account");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AccountPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePagePermission("account:manage-own", "/manage/account");
  const [t, params, mailLocale] = await Promise.all([
    getTranslations("manage.account"),
    searchParams,
    getMailLocale(user.id),
  ]);
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("intro", { email: user.email })}</p>
      {user.mustChangePassword ? (
        <p
          role={params.required ? "alert" : undefined}
          className="mt-4 max-w-xl rounded border border-amber-600 bg-amber-50 p-3 text-amber-950"
        >
          {t("mustChange")}
        </p>
      ) : null}
      <section aria-labelledby="password-heading" className="mt-6 max-w-md">
        <h2 id="password-heading" className="text-xl font-semibold">
          {t("changePassword")}
        </h2>
        <p className="mt-1 text-slate-700">{t("changePasswordHint")}</p>
        <div className="mt-3">
          <ChangePasswordForm />
        </div>
      </section>
      <section aria-labelledby="mail-language-heading" className="mt-8 max-w-md">
        <h2 id="mail-language-heading" className="text-xl font-semibold">
          {t("mailLanguageHeading")}
        </h2>
        <div className="mt-3">
          <MailLanguageForm current={mailLocale} />
        </div>
      </section>
    </>
  );
}
