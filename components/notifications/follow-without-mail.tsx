import { getTranslations } from "next-intl/server";
import { dataHref } from "@/i18n/data-links";
import type { Locale } from "@/i18n/locales";

type Props = {
  locale: Locale;
  target: { scope: "COMMITMENT"; slug: string; title: string } | { scope: "THEME"; name: string } | { scope: "ALL" };
};

/**
 * What works when no mail server is set up (SMTP_URL unset): the Atom feed of what the reader
 * wanted to follow, and webhooks for organisations; no email form that could only fail.
 */
export async function FollowWithoutMail({ locale, target }: Props) {
  const t = await getTranslations("reader");
  const feed =
    target.scope === "COMMITMENT"
      ? { href: `/commitments/${target.slug}/feed.xml`, label: t("followFeedCommitment", { title: target.title }) }
      : { href: "/feed.xml", label: t("followFeedAll") };
  return (
    <div data-testid="follow-without-mail">
      <p className="mt-3 text-lg text-slate-800">{t("followNoMail")}</p>
      <h2 className="mt-6 text-xl font-semibold">{t("followFeedHeading")}</h2>
      <p className="mt-1">{t("followFeedText")}</p>
      <p className="mt-2">
        <a
          href={dataHref(feed.href, locale)}
          className="inline-flex min-h-6 items-center font-medium text-brand underline underline-offset-4"
          data-testid="follow-feed-link"
        >
          {feed.label}
        </a>
      </p>
      <h2 className="mt-6 text-xl font-semibold">{t("followWebhookHeading")}</h2>
      <p className="mt-1">{t("followWebhookText")}</p>
      <p className="mt-2">
        <a
          href={dataHref("/api/v1/commitments", locale)}
          className="inline-flex min-h-6 items-center text-brand underline underline-offset-4"
        >
          {t("followJson")}
        </a>
      </p>
    </div>
  );
}
