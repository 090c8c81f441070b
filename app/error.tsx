"use client";

import { useTranslations } from "next-intl";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("error");
  return (
    <div className="max-w-2xl" role="alert">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-3 text-lg text-slate-700">{t("body")}</p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark"
      >
        {t("retry")}
      </button>
    </div>
  );
}
