import "server-only";
import { getTranslations } from "next-intl/server";
import { DEFAULT_LOCALE } from "@/i18n/locales";
import { localizeCommitment, type TranslatableText } from "@/lib/commitments/localize";
import { currentInstant } from "@/lib/calendar";
import { parseEnv } from "@/lib/env";
import { getSiteUrl } from "@/lib/site-url";
import { isolateText } from "@/lib/text/unsafe-characters";
import { atomResponse, buildAtomFeed, type FeedChange } from "./atom";
import { readLabelLocale } from "./columns";

/**
 * The Atom answer for the site feed (no commitment) or one commitment's feed, in the language of
 * `?lang=` (the default language otherwise): one language per feed, title to entries.
 */
export async function feedResponse(
  params: URLSearchParams,
  changes: FeedChange[],
  commitment?: TranslatableText & { slug: string },
): Promise<Response> {
  const locale = readLabelLocale(params) ?? DEFAULT_LOCALE;
  const t = await getTranslations({ locale, namespace: "openData" });
  const siteUrl = getSiteUrl();
  const path = commitment ? `/commitments/${commitment.slug}` : "";
  const title = commitment
    ? t("commitmentFeedTitle", { title: isolateText(localizeCommitment(commitment, locale).title) })
    : t("feedTitle");
  const xml = buildAtomFeed({
    locale,
    words: {
      title,
      subtitle: t("feedSubtitle"),
      author: parseEnv().ORGANISATION_NAME,
      effective: (date) => t("feedEffective", { date }),
    },
    selfUrl: `${siteUrl}${path}/feed.xml?lang=${locale}`,
    pageUrl: `${siteUrl}/${locale}${path}`,
    siteUrl,
    changes,
    emptyUpdated: currentInstant(),
  });
  return atomResponse(xml);
}
