import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getSessionUser } from "@/lib/auth/session";
import { safeReturnPath } from "@/lib/http/return-path";
import { LoginForm } from "@/components/auth/login-form";
import { ManageIntlProvider } from "@/components/manage/intl-provider";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("loginTitle"), robots: { index: false } };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeReturnPath(typeof params.callbackUrl === "string" ? params.callbackUrl : undefined);
  if (await getSessionUser()) redirect(callbackUrl);
  const t = await getTranslations("auth");
  const error = typeof params.error === "string" ? params.error.slice(0, 64) : null;
  const notice =
    params.signedOut === "everywhere"
      ? t("signedOutEverywhere")
      : params.signedOut === "password"
        ? t("passwordChanged")
        : params.signedOut
          ? t("signedOut")
          : null;
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{t("loginTitle")}</h1>
      <p className="mt-2 max-w-xl text-slate-700">{t("loginIntro")}</p>
      {notice ? (
        <p role="status" className="mt-4 max-w-sm rounded border border-emerald-700 bg-emerald-50 p-3 text-emerald-900">
          {notice}
        </p>
      ) : null}
      <ManageIntlProvider>
        <LoginForm callbackUrl={callbackUrl} initialError={error} />
      </ManageIntlProvider>
    </>
  );
}
