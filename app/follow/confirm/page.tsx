import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { TokenButton } from "@/components/notifications/token-button";
import { TOKEN_PATTERN } from "@/lib/notifications/tokens";

// /<locale>/follow/confirm?token=…: the link of the confirmation mail. Opening it changes nothing
// (mail scanners open links too); the button confirms. Per person, never cached.

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("follow");
  return { title: t("confirmTitle"), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const MESSAGES = {
  done: "confirmed",
  already: "alreadyConfirmed",
  expired: "expired",
  invalid: "invalidLink",
} as const;

export default async function ConfirmFollowPage({ searchParams }: Props) {
  const params = await searchParams;
  const [t, locale] = await Promise.all([getTranslations("follow"), getLocale()]);
  const outcome =
    typeof params.outcome === "string" && Object.hasOwn(MESSAGES, params.outcome)
      ? MESSAGES[params.outcome as keyof typeof MESSAGES]
      : null;
  const token = typeof params.token === "string" && TOKEN_PATTERN.test(params.token) ? params.token : null;
  return (
    <article className="max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">
        {outcome === "confirmed" ? t("confirmedTitle") : t("confirmTitle")}
      </h1>
      {outcome ? (
        <p role="status" data-testid="follow-outcome" className="mt-4 rounded border border-slate-300 bg-slate-50 p-4">
          {t(outcome)}
        </p>
      ) : token ? (
        <TokenButton action="/api/notifications/confirm" token={token} locale={locale} label={t("confirmButton")} />
      ) : (
        <p role="status" data-testid="follow-outcome" className="mt-4">
          {t("invalidLink")}
        </p>
      )}
    </article>
  );
}
