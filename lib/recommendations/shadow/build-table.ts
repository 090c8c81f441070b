import englishMessages from "@/messages/en.json";
import kazakhMessages from "@/messages/kk.json";
import russianMessages from "@/messages/ru.json";
import type { Locale } from "@/i18n/locales";
import { localizeCommitment } from "@/lib/commitments/localize";
import { vocabularyLabels } from "@/lib/vocabulary-labels";
import type { AssessmentKey, OfficialClaimKey } from "@/lib/vocabulary";
import { recommendationText, type ResponseKey } from "../vocabulary";
import type { ShadowTable } from "./table";

// Server code only: it carries all three catalogues (see lib/vocabulary-labels.ts).
const CATALOGUES = { en: englishMessages, ru: russianMessages, kk: kazakhMessages } satisfies Record<Locale, unknown>;

/** What build needs of a recommendation (lib/recommendations/shadow/data.ts reads it). */
export type ShadowSource = {
  symbol: string;
  paragraph: string;
  recommendingState: string;
  text: string;
  textLocale: string;
  textEn: string | null;
  textRu: string | null;
  textKk: string | null;
  response: string;
  themes: { theme: string }[];
  commitments: {
    commitment: {
      slug: string;
      title: string;
      summary: string;
      sourceLocale: string;
      translations: { locale: string; title: string; summary: string }[];
      officialClaim: string;
      claimSince: Date | null;
      assessment: string;
      assessmentSince: Date | null;
      statusChanges: { justification: string; evidence: { evidenceId: string }[] }[];
      evidence: { id: string; title: string; url: string; captures: { capturedAt: Date; sha256: string | null }[] }[];
    };
  }[];
};

export type ShadowContext = {
  locale: Locale;
  siteUrl: string;
  organisation: string;
  mechanism: { code: string; kind: string; name: string };
  cycle: string | null;
  /** A stored theme's name in `locale` (lib/vocabularies/); as stored when not given. */
  themeName?: (theme: string) => string;
  /** The day the report is made (lib/calendar.ts today()). */
  madeOn: Date;
  summary: {
    total: number;
    responses: Record<string, number>;
    assessments: Record<string, number>;
    linkedCommitments: number;
  };
};

/** ICU-light interpolation: the shadowReport strings use only plain {name} arguments. */
function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A language as the reader's catalogue names it (Russian: the prepositional «казахском», see shadowReport.originalLanguage). */
const languageName = (locale: Locale, code: string): string =>
  (CATALOGUES[locale].site.languageName as Record<string, string>)[code] ?? code;

const numbered = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? "") : items.map((item, index) => `${index + 1}. ${item}`).join("\n");

/** A recommendation's themes in the reader's language: the XLSX's sheets it is listed on. */
export function themesOf(recommendation: Pick<ShadowSource, "themes">, context: Pick<ShadowContext, "themeName">) {
  const themeName = context.themeName ?? ((theme: string) => theme);
  return recommendation.themes.map((item) => themeName(item.theme));
}

/** The shadow-report table in the reader's language, from the rows data.ts read. */
export function buildShadowTable(recommendations: ShadowSource[], context: ShadowContext): ShadowTable {
  const words = CATALOGUES[context.locale].shadowReport;
  const responses = CATALOGUES[context.locale].recommendations.response;
  const labels = vocabularyLabels(context.locale);
  // One formatter for the whole table: making one per date took seconds over 10,000 rows.
  const dayFormat = new Intl.DateTimeFormat(context.locale === "en" ? "en-GB" : context.locale, {
    timeZone: "UTC",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  });
  const day = (date: Date) => dayFormat.format(date);
  const isUpr = context.mechanism.kind === "UPR";
  // The language's name as the sentence needs it (Russian: prepositional), never its code.
  const columns = [
    { header: words.colSymbol, width: 18 },
    { header: words.colParagraph, width: 9 },
    ...(isUpr ? [{ header: words.colState, width: 16 }] : []),
    { header: words.colText, width: 60, isMain: true },
    ...(isUpr ? [{ header: words.colResponse, width: 14 }] : []),
    { header: words.colCommitments, width: 40 },
    { header: words.colClaim, width: 22 },
    { header: words.colAssessment, width: 22 },
    { header: words.colJustification, width: 50 },
    { header: words.colEvidence, width: 80 },
  ];
  const rows = recommendations.map((recommendation) => {
    const shown = recommendationText(recommendation, context.locale);
    const text =
      shown.isOriginal && shown.locale !== context.locale
        ? `${shown.text}\n${fill(words.originalLanguage, { language: languageName(context.locale, shown.locale) })}`
        : shown.text;
    const linked = recommendation.commitments.map((link) => link.commitment);
    const withSince = (label: string, since: Date | null) =>
      since ? `${label} ${fill(words.since, { date: day(since) })}` : label;
    const evidenceOf = (commitment: ShadowSource["commitments"][number]["commitment"]) => {
      const cited = new Set(commitment.statusChanges[0]?.evidence.map((item) => item.evidenceId) ?? []);
      const items = cited.size > 0 ? commitment.evidence.filter((item) => cited.has(item.id)) : commitment.evidence;
      return items
        .map((item) => {
          const capture = item.captures[0];
          const copy = capture?.sha256
            ? fill(words.captured, { date: day(capture.capturedAt), sha256: capture.sha256 })
            : words.notCaptured;
          // The capture on its own line: a 64-character hash cannot wrap, and a spreadsheet clips what does not fit.
          return `${item.title} — ${item.url}\n(${copy})`;
        })
        .join("\n");
    };
    const cells = [
      recommendation.symbol,
      recommendation.paragraph,
      ...(isUpr ? [recommendation.recommendingState] : []),
      text,
      ...(isUpr ? [responses[recommendation.response as ResponseKey] ?? recommendation.response] : []),
      linked.length === 0
        ? words.noCommitment
        : numbered(
            linked.map(
              (commitment) =>
                `${localizeCommitment(commitment, context.locale).title} — ${context.siteUrl}/${context.locale}/commitments/${commitment.slug}`,
            ),
          ),
      numbered(
        linked.map((commitment) =>
          withSince(labels.officialClaim(commitment.officialClaim as OfficialClaimKey), commitment.claimSince),
        ),
      ),
      numbered(
        linked.map((commitment) =>
          withSince(labels.assessment(commitment.assessment as AssessmentKey), commitment.assessmentSince),
        ),
      ),
      numbered(linked.map((commitment) => commitment.statusChanges[0]?.justification ?? "")),
      numbered(linked.map(evidenceOf)),
    ];
    return { themes: themesOf(recommendation, context), cells };
  });
  const { summary } = context;
  const count = (record: Record<string, number>, key: string) => record[key] ?? 0;
  const cycleText = context.cycle ?? words.allCycles;
  return {
    title: fill(words.documentTitle, { mechanism: context.mechanism.name, cycle: cycleText }),
    subtitle: [
      fill(words.madeBy, { organisation: context.organisation, date: day(context.madeOn) }),
      fill(words.siteLine, { url: `${context.siteUrl}/${context.locale}/commitments` }),
      words.independence,
    ],
    columns,
    rows,
    noThemeName: words.noTheme,
    summaryName: words.summarySheet,
    summary: [
      [words.summaryTotal, summary.total],
      ...(isUpr
        ? ([
            [responses.SUPPORTED, count(summary.responses, "SUPPORTED")],
            [responses.SUPPORTED_IN_PART, count(summary.responses, "SUPPORTED_IN_PART")],
            [responses.NOTED, count(summary.responses, "NOTED")],
          ] as [string, number][])
        : []),
      [words.summaryLinked, summary.linkedCommitments],
      [labels.assessment("IMPLEMENTED"), count(summary.assessments, "IMPLEMENTED")],
      [labels.assessment("PARTIALLY_IMPLEMENTED"), count(summary.assessments, "PARTIALLY_IMPLEMENTED")],
      [labels.assessment("IN_PROGRESS"), count(summary.assessments, "IN_PROGRESS")],
      [labels.assessment("NOT_STARTED"), count(summary.assessments, "NOT_STARTED")],
      [
        words.summaryOther,
        summary.linkedCommitments -
          ["IMPLEMENTED", "PARTIALLY_IMPLEMENTED", "IN_PROGRESS", "NOT_STARTED"].reduce(
            (sum, key) => sum + count(summary.assessments, key),
            0,
          ),
      ],
    ],
  };
}
