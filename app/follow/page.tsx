import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { FollowForm } from "@/components/notifications/follow-form";
import { FollowWithoutMail } from "@/components/notifications/follow-without-mail";
import type { Locale } from "@/i18n/locales";
import { localizeCommitment } from "@/lib/commitments/localize";
import { getFollowableCommitment } from "@/lib/notifications/data";
import { isMailConfigured } from "@/lib/notifications/mailer";
import { isCategory, type CategoryKey } from "@/lib/vocabulary";

// /<locale>/follow[?commitment=<slug>|?theme=<key>]: follow by email where mail is set up, else by feed or webhook. Per person, never cached
// (lib/public-cache/policy.ts); the form posts to /api/notifications/follow, which comes back here.

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("follow");
  return { title: t("title"), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const OUTCOMES = ["sent", "limited", "unavailable", "not-found"] as const;
const ERRORS = ["email", "frequency", "target"] as const;
const pick = <T extends string>(list: readonly T[], value: unknown): T | undefined =>
  (list as readonly unknown[]).includes(value) ? (value as T) : undefined;

export default async function FollowPage({ searchParams }: Props) {
  const params = await searchParams;
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  let outcome = pick(OUTCOMES, params.outcome);
  const error = pick(ERRORS, params.error);
  const slug = typeof params.commitment === "string" ? params.commitment : null;
  const theme = typeof params.theme === "string" && isCategory(params.theme) ? (params.theme as CategoryKey) : null;
  const commitment = slug ? await getFollowableCommitment(slug) : null;
  const target = commitment
    ? ({
        scope: "COMMITMENT",
        slug: commitment.slug,
        title: localizeCommitment(commitment, locale as Locale).title,
      } as const)
    : theme
      ? ({ scope: "THEME", theme, name: t(`category.${theme}`) } as const)
      : ({ scope: "ALL" } as const);
  const isAvailable = isMailConfigured();
  if (!isAvailable && outcome === "unavailable") outcome = undefined;
  return (
    <article className="max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">
        {outcome === "sent" ? t("follow.sentTitle") : isAvailable ? t("follow.title") : t("reader.followTitle")}
      </h1>
      {outcome ? (
        <p role="status" data-testid="follow-outcome" className="mt-4 rounded border border-slate-300 bg-slate-50 p-4">
          {t(outcome === "not-found" ? "follow.notFound" : `follow.${outcome}`)}
        </p>
      ) : null}
      {outcome === "sent" ? null : isAvailable ? (
        <>
          <p className="mt-3 text-lg text-slate-800">{t("follow.intro")}</p>
          {slug && !commitment ? <p className="mt-3">{t("follow.notFound")}</p> : null}
          <FollowForm locale={locale} target={target} error={error} />
        </>
      ) : (
        <FollowWithoutMail target={target} locale={locale as Locale} />
      )}
    </article>
  );
}
