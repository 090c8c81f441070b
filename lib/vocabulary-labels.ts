import englishMessages from "@/messages/en.json";
import kazakhMessages from "@/messages/kk.json";
import russianMessages from "@/messages/ru.json";
import type { Locale } from "@/i18n/locales";
import type {
  AssessmentKey,
  CategoryKey,
  EvidenceKindKey,
  OfficialClaimKey,
  SourceKindKey,
  StatusFieldKey,
} from "@/lib/vocabulary";

// The vocabulary's labels for data addresses, from all three public catalogues at once. For server
// code only: a client bundle importing this would carry Kazakh, Russian and English to every
// reader (tests/e2e/bundle.spec.ts checks that none does).

const CATALOGUES = { en: englishMessages, ru: russianMessages, kk: kazakhMessages } satisfies Record<Locale, unknown>;

export type VocabularyLabels = {
  officialClaim: (key: OfficialClaimKey) => string;
  assessment: (key: AssessmentKey) => string;
  category: (key: CategoryKey) => string;
  evidenceKind: (key: EvidenceKindKey) => string;
  sourceKind: (key: SourceKindKey) => string;
  statusField: (key: StatusFieldKey) => string;
};

/** The vocabulary's labels in one language, for CSV and JSON (`?lang=`); pages use next-intl. */
export function vocabularyLabels(locale: Locale): VocabularyLabels {
  const messages = CATALOGUES[locale];
  return {
    officialClaim: (key) => messages.officialClaim[key],
    assessment: (key) => messages.assessment[key],
    category: (key) => messages.category[key],
    evidenceKind: (key) => messages.evidenceKind[key],
    sourceKind: (key) => messages.sourceKind[key],
    statusField: (key) => messages.statusField[key],
  };
}

/** English labels: what CSV exports and the JSON API carry when no `?lang=` is given. */
export const englishLabels = vocabularyLabels("en");
