"use client";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";

/** Signs out through next-auth's endpoint; the server then bumps the session version (lib/auth/options.ts). */
export function SignOutButton() {
  const t = useTranslations("auth");
  return (
    <button type="button" onClick={() => void signOut({ callbackUrl: "/login?signedOut=1" })} className="underline underline-offset-4">
      {t("signOut")}
    </button>
  );
}
