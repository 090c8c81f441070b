import { getLocale, getTranslations } from "next-intl/server";
import { isLocale, type Locale } from "@/i18n/locales";
import { UserText } from "@/components/common/user-text";
import { recommendationText } from "@/lib/recommendations/vocabulary";

type Texts = { text: string; textLocale: string; textEn: string | null; textRu: string | null; textKk: string | null };

/** A recommendation's words in the reader's language, saying when they are a translation or the untranslated original. */
export async function RecommendationText({
  recommendation,
  showOriginal = false,
}: {
  recommendation: Texts;
  showOriginal?: boolean;
}) {
  const [t, site, locale] = await Promise.all([
    getTranslations("recommendations"),
    getTranslations("site"),
    getLocale(),
  ]);
  // The sentences are worded around the form site.languageName gives (Russian: «на казахском языке»).
  const languageName = (code: string) => (isLocale(code) ? site(`languageName.${code}`) : code);
  const shown = recommendationText(recommendation, locale as Locale);
  return (
    <div className="space-y-2">
      <blockquote
        className="whitespace-pre-line border-l-4 border-slate-300 pl-3"
        lang={shown.locale}
        data-testid="recommendation-text"
      >
        <UserText>{shown.text}</UserText>
      </blockquote>
      {shown.isOriginal && shown.locale !== locale ? (
        <p className="text-sm text-slate-700">{t("originalLanguage", { language: languageName(shown.locale) })}</p>
      ) : null}
      {!shown.isOriginal ? (
        <>
          <p className="text-sm text-slate-700">
            {t("translationNote", { language: languageName(recommendation.textLocale) })}
          </p>
          {showOriginal ? (
            <blockquote
              className="whitespace-pre-line border-l-4 border-slate-200 pl-3 text-slate-700"
              lang={recommendation.textLocale}
            >
              <UserText>{recommendation.text}</UserText>
            </blockquote>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
