import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/locales";
import { UserText } from "@/components/common/user-text";
import { recommendationText } from "@/lib/recommendations/vocabulary";

type Shown = {
  mechanismCode: string;
  cycle: string;
  symbol: string;
  paragraph: string;
  recommendingState: string;
  text: string;
  textLocale: string;
  textEn: string | null;
  textRu: string | null;
  textKk: string | null;
};

/** A suggested recommendation: mechanism, cycle, document and paragraph, the recommending state, and its words in the reader's language. */
export async function SuggestedRecommendationLabel({ recommendation }: { recommendation: Shown }) {
  const [t, locale] = await Promise.all([getTranslations("recommendations"), getLocale()]);
  const shown = recommendationText(recommendation, locale as Locale);
  const text = shown.text.length > 300 ? `${shown.text.slice(0, 300)}…` : shown.text;
  return (
    <span className="block">
      <span className="block font-medium">
        {`${recommendation.mechanismCode} · ${recommendation.cycle} · ${t("paragraph", { symbol: recommendation.symbol, paragraph: recommendation.paragraph })}`}
      </span>
      {recommendation.recommendingState ? (
        <span className="block text-sm">{t("recommendingState", { state: recommendation.recommendingState })}</span>
      ) : null}
      <span className="block text-sm text-slate-800" lang={shown.locale}>
        <UserText>{text}</UserText>
      </span>
    </span>
  );
}
