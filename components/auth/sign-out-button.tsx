"use client";
import { signOut } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";

/**
 * Signs out through next-auth's endpoint (the server then bumps the session version,
 * lib/auth/options.ts), then opens the sign-in page on the same host and in the same language.
 * next-auth's own redirect would go to NEXTAUTH_URL's host and lose the language.
 */
const signInAddress = (locale: string): string => `/${locale}/login?signedOut=1`;

export function SignOutButton() {
  const t = useTranslations("auth");
  const locale = useLocale();
  const signOutHere = async () => {
    await signOut({ redirect: false });
    // A full page load, so nothing of the signed-in workspace stays in the browser's memory.
    window.location.assign(signInAddress(locale));
  };
  return (
    <button type="button" onClick={() => void signOutHere()} className="underline underline-offset-4">
      {t("signOut")}
    </button>
  );
}
