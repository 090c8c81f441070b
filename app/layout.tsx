import type { Metadata } from "next";
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { localeAlternates } from "@/i18n/alternates";
import { getSiteUrl } from "@/lib/site-url";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { EarlyInputRecorder } from "@/components/forms/early-input-script";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("site");
  return {
    metadataBase: new URL(getSiteUrl()),
    title: { default: `${t("name")}: ${t("tagline")}`, template: `%s · ${t("name")}` },
    description: t("description"),
    openGraph: { siteName: t("name"), type: "website", title: t("name"), description: t("description") },
    alternates: await localeAlternates({ types: { "application/atom+xml": "/feed.xml" } }),
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("site");
  const messages = await getMessages();
  return (
    <html lang={locale}>
      <head>
        <EarlyInputRecorder />
      </head>
      <body className="flex min-h-screen flex-col bg-white font-sans text-slate-900 antialiased">
        {/* Locale-aware links need the locale on the client; client components get only the
            messages they use, to keep pages light. */}
        <NextIntlClientProvider locale={locale} messages={{ error: messages.error }}>
          <a
            href="#main"
            className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
          >
            {t("skipToContent")}
          </a>
          <SiteHeader />
          <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
