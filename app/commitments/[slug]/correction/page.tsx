import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/locales";
import { getPublishedCommitment } from "@/lib/commitments/data";
import { localizeCommitment } from "@/lib/commitments/localize";
import { UserText } from "@/components/common/user-text";
import { CorrectionForm } from "@/components/commitments/correction-form";

// The reader's "Report an error or send evidence" page: never cached (not in lib/public-cache/routes.ts).
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("corrections");
  return { title: t("title"), robots: { index: false } };
}

export default async function CorrectionPage({ params }: Props) {
  const commitment = await getPublishedCommitment((await params).slug);
  if (!commitment) notFound();
  const [t, locale, messages] = await Promise.all([getTranslations("corrections"), getLocale(), getMessages()]);
  const text = localizeCommitment(commitment, locale as Locale);
  return (
    <article className="max-w-3xl">
      <nav className="text-sm">
        <Link href={`/commitments/${commitment.slug}`} className="text-brand underline underline-offset-4">
          {t("back")}
        </Link>
      </nav>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-2 text-lg">
        {t("about")}{" "}
        <span lang={text.locale}>
          <UserText>{text.title}</UserText>
        </span>
      </p>
      <p className="mt-2 text-slate-700">{t("intro")}</p>
      <div className="mt-6">
        <NextIntlClientProvider messages={{ corrections: messages.corrections }}>
          <CorrectionForm slug={commitment.slug} locale={locale} />
        </NextIntlClientProvider>
      </div>
    </article>
  );
}
