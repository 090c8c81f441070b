import englishMessages from "@/messages/en.json";
import kazakhMessages from "@/messages/kk.json";
import russianMessages from "@/messages/ru.json";
import type { Locale } from "@/i18n/locales";
import { isReasonCode } from "./reasons";

// Reason names for data addresses (CSV, JSON), from the public catalogues' `reasons` section.
// Server code only, like lib/vocabulary-labels.ts (a client bundle would carry all three languages).

const CATALOGUES = {
  en: englishMessages.reasons,
  ru: russianMessages.reasons,
  kk: kazakhMessages.reasons,
} satisfies Record<Locale, unknown>;

/** A reason code's name in `locale` (English by default); an unknown stored code is shown as it is. */
export function reasonLabel(code: string, locale: Locale = "en"): string {
  return isReasonCode(code) ? CATALOGUES[locale][code] : code;
}
