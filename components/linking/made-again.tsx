import { getLocale, getTranslations } from "next-intl/server";
import { formatNumber } from "@/i18n/format-number";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/locales";
import { UserText } from "@/components/common/user-text";
import { recommendingStatesIn } from "@/lib/recommendations/import-states";
import { recommendationText } from "@/lib/recommendations/vocabulary";
import { SAME_MATTER_THRESHOLD } from "@/lib/linking/thresholds";

type Other = {
  id: string;
  mechanismCode: string;
  cycle: string;
  symbol: string;
  paragraph: string;
  recommendingState: string;
  recommendingStateCodes: string;
  text: string;
  textLocale: string;
  textEn: string | null;
  textRu: string | null;
  textKk: string | null;
  issuedOn: Date | null;
};

/** The public page's "made before and again": the same demand in other cycles and mechanisms, oldest first, and how often it was made. */
export async function MadeAgain({
  others,
  times,
  since,
  stateUnderReview,
}: {
  others: Other[];
  times: number;
  since: number | null;
  stateUnderReview: string;
}) {
  if (others.length === 0) return null;
  const [t, tr, locale] = await Promise.all([
    getTranslations("madeAgain"),
    getTranslations("recommendations"),
    getLocale(),
  ]);
  return (
    <section aria-labelledby="made-again-heading" className="mt-8 max-w-3xl" data-testid="made-again">
      <h2 id="made-again-heading" className="text-2xl font-semibold">
        {t("heading")}
      </h2>
      {since !== null && stateUnderReview === "KZ" ? (
        <p className="mt-2">{t("times", { count: times, year: String(since) })}</p>
      ) : null}
      <ol className="mt-3 space-y-3">
        {others.map((other) => {
          const shown = recommendationText(other, locale as Locale);
          const text = shown.text.length > 220 ? `${shown.text.slice(0, 220)}…` : shown.text;
          const state = recommendingStatesIn(locale, other.recommendingStateCodes, other.recommendingState);
          return (
            <li key={other.id} className="rounded border border-slate-200 p-3">
              <Link
                href={`/recommendations/${other.id}`}
                className="font-medium text-brand underline underline-offset-4"
              >
                {t("entry", {
                  mechanism: other.mechanismCode,
                  cycle: other.cycle,
                  year: other.issuedOn ? String(other.issuedOn.getUTCFullYear()) : "—",
                })}
              </Link>
              {state ? (
                <span className="block text-sm">
                  <UserText>{tr("recommendingState", { state })}</UserText>
                </span>
              ) : null}
              <span className="block text-sm text-slate-700" lang={shown.locale}>
                <UserText>{text}</UserText>
              </span>
            </li>
          );
        })}
      </ol>
      <p className="mt-2 text-sm text-slate-600">
        {t("note", { threshold: formatNumber(SAME_MATTER_THRESHOLD, locale, { minimumFractionDigits: 2 }) })}
      </p>
    </section>
  );
}
