import { formatCalendarDate } from "@/lib/calendar";
import type { Locale } from "@/i18n/locales";
import englishMessages from "@/messages/en.json";
import kazakhMessages from "@/messages/kk.json";
import russianMessages from "@/messages/ru.json";
import { recommendationText, type ResponseKey } from "./vocabulary";

// Server code only (it carries the three catalogues, like lib/vocabulary-labels.ts).
const RESPONSES = { en: englishMessages, ru: russianMessages, kk: kazakhMessages } satisfies Record<Locale, unknown>;

type Row = {
  id: string;
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
  issuedOn: Date | null;
  response: string;
  affectedGroups: string;
  sourceUrl: string | null;
  themes: { theme: string }[];
  sdgTargets: { targetCode: string }[];
};

/** A recommendation as the JSON API gives it: stable keys, the verbatim text and every translation, labels in `?lang=`. */
export function recommendationJson(row: Row, siteUrl: string, locale?: Locale, commitmentSlugs?: string[]) {
  const shown = locale ? recommendationText(row, locale) : null;
  return {
    id: row.id,
    mechanism: row.mechanismCode,
    cycle: row.cycle || null,
    symbol: row.symbol,
    paragraph: row.paragraph,
    recommending_state: row.recommendingState || null,
    text: row.text,
    text_language: row.textLocale,
    translations: { en: row.textEn, ru: row.textRu, kk: row.textKk },
    ...(shown
      ? { text_in_requested_language: shown.text, is_translation_missing: shown.isOriginal && shown.locale !== locale }
      : {}),
    issued_on: row.issuedOn ? formatCalendarDate(row.issuedOn) : null,
    response: row.response,
    response_label: RESPONSES[locale ?? "en"].recommendations.response[row.response as ResponseKey] ?? row.response,
    themes: row.themes.map((item) => item.theme),
    affected_groups: row.affectedGroups ? row.affectedGroups.split("; ") : [],
    sdg_targets: row.sdgTargets.map((item) => item.targetCode),
    source_url: row.sourceUrl,
    ...(commitmentSlugs
      ? { commitments: commitmentSlugs.map((slug) => ({ slug, url: `${siteUrl}/commitments/${slug}` })) }
      : {}),
    url: `${siteUrl}/recommendations/${row.id}`,
  };
}
