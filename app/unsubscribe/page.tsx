import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { TokenButton } from "@/components/notifications/token-button";
import { TOKEN_PATTERN } from "@/lib/notifications/tokens";

// /<locale>/unsubscribe?token=…: the unsubscribe link in every mail's text. Mail programs use the
// List-Unsubscribe header instead (one click, POST /api/notifications/unsubscribe). Never cached.

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("follow");
  return { title: t("unsubscribeTitle"), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function UnsubscribePage({ searchParams }: Props) {
  const params = await searchParams;
  const [t, locale] = await Promise.all([getTranslations("follow"), getLocale()]);
  const outcome = params.outcome === "done" ? "unsubscribed" : params.outcome === "invalid" ? "invalidLink" : null;
  const token = typeof params.token === "string" && TOKEN_PATTERN.test(params.token) ? params.token : null;
  return (
    <article className="max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">{t("unsubscribeTitle")}</h1>
      {outcome ? (
        <p role="status" data-testid="follow-outcome" className="mt-4 rounded border border-slate-300 bg-slate-50 p-4">
          {t(outcome)}
        </p>
      ) : token ? (
        <>
          <p className="mt-3">{t("unsubscribeIntro")}</p>
          <TokenButton
            action="/api/notifications/unsubscribe"
            token={token}
            locale={locale}
            label={t("unsubscribeButton")}
            extra={{ page: "1", "List-Unsubscribe": "One-Click" }}
          />
        </>
      ) : (
        <p role="status" data-testid="follow-outcome" className="mt-4">
          {t("invalidLink")}
        </p>
      )}
    </article>
  );
}
