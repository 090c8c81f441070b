import { slugify } from "transliteration";
import { z } from "zod";
import { LOCALES } from "@/i18n/locales";
import { CATEGORIES, OFFICIAL_CLAIMS, SOURCE_KINDS } from "@/lib/vocabulary";
import {
  calendarDate,
  idField,
  idList,
  optionalCalendarDate,
  optionalText,
  pastOrTodayDate,
  requiredText,
  versionField,
} from "@/lib/forms/fields";
import { safeUrlField } from "@/lib/evidence/schema";
import { message } from "@/lib/forms/messages";
import { bodyKeySchema } from "@/lib/bodies/schema";

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

const slugField = z.preprocess(
  blankToUndefined,
  z
    .string()
    .trim()
    .max(80, message("tooLong", { max: 80 }))
    .regex(SLUG_PATTERN, message("slugFormat"))
    .optional(),
);

/** The fields of a commitment a person edits in the form (statuses change only through "Update status"). */
export const commitmentFieldsSchema = z.object({
  slug: slugField,
  title: requiredText(200, message("enterTitle")),
  summary: requiredText(2000, message("enterSummary")),
  category: z.enum(CATEGORIES, { message: message("chooseTheme") }),
  responsibleBody: bodyKeySchema,
  instruments: idList(30),
  firstStatedOn: optionalCalendarDate,
  targetDate: z.preprocess(blankToUndefined, calendarDate().optional()).transform((value) => value ?? null),
});

// The same http(s)-only rule as evidence links; empty means "no URL".
const optionalSourceUrl = z.preprocess(blankToUndefined, safeUrlField.optional());

/** A verbatim quote, from an existing source or a new one described in the same form. */
export const quoteFieldsSchema = z
  .object({
    quoteText: requiredText(5000, message("enterQuote")),
    sourceId: z.preprocess(blankToUndefined, idField.optional()),
    sourceTitle: optionalText(300),
    sourceAuthor: optionalText(200),
    sourcePublisher: optionalText(200),
    sourcePublishedOn: z.preprocess(blankToUndefined, pastOrTodayDate().optional()),
    sourceUrl: optionalSourceUrl,
    sourceKind: z.preprocess(
      blankToUndefined,
      z.enum(SOURCE_KINDS, { message: message("chooseSourceKind") }).optional(),
    ),
  })
  .superRefine((input, context) => {
    if (!input.sourceId && !input.sourceTitle) {
      context.addIssue({ code: "custom", path: ["sourceId"], message: message("chooseSource") });
    }
  });

export const createCommitmentSchema = z.intersection(
  commitmentFieldsSchema.extend({
    officialClaim: z.enum(OFFICIAL_CLAIMS, { message: message("chooseClaim") }),
    // The form always sends one (the workspace's language by default); scripts that predate it get English.
    sourceLocale: z.preprocess(blankToUndefined, z.enum(LOCALES, { message: message("chooseLanguage") }).default("en")),
  }),
  quoteFieldsSchema,
);
export const updateCommitmentSchema = commitmentFieldsSchema.extend({ commitmentId: idField, version: versionField });
export const addQuoteSchema = z.intersection(
  z.object({ commitmentId: idField, version: versionField }),
  quoteFieldsSchema,
);
export const removeQuoteSchema = z.object({ commitmentId: idField, version: versionField, quoteId: idField });
export const publicationSchema = z.object({
  commitmentId: idField,
  version: versionField,
  change: z.enum(["publish", "unpublish"], { message: message("choosePublication") }),
});
export const archiveSchema = z.object({
  commitmentId: idField,
  version: versionField,
  change: z.enum(["archive", "restore"], { message: message("chooseArchive") }),
});

/** A commitment's title and summary in another language; both empty removes that translation. */
export const translationSchema = z
  .object({
    commitmentId: idField,
    version: versionField,
    locale: z.enum(["kk", "ru", "en"], { message: message("chooseLanguage") }),
    title: z
      .string()
      .trim()
      .max(200, message("tooLong", { max: 200 })),
    summary: z
      .string()
      .trim()
      .max(2000, message("tooLong", { max: 2000 })),
  })
  .superRefine((input, context) => {
    if (input.title && !input.summary)
      context.addIssue({ code: "custom", path: ["summary"], message: message("translateSummaryToo") });
    if (input.summary && !input.title)
      context.addIssue({ code: "custom", path: ["title"], message: message("translateTitleToo") });
  });

export type TranslationInput = z.output<typeof translationSchema>;

/** Editing a source's details; `commitmentId` is the page the edit was made from. */
export const editSourceSchema = z.object({
  sourceId: idField,
  version: versionField,
  commitmentId: idField,
  title: requiredText(300, message("sourceTitle")),
  author: optionalText(200),
  publisher: optionalText(200),
  publishedOn: z.preprocess(blankToUndefined, pastOrTodayDate().optional()).transform((value) => value ?? null),
  dateNote: optionalText(100),
  url: optionalSourceUrl.transform((value) => value ?? null),
  kind: z.enum(SOURCE_KINDS, { message: message("chooseSourceKind") }),
});

export type CommitmentFields = z.output<typeof commitmentFieldsSchema>;
export type EditSourceInput = z.output<typeof editSourceSchema>;
export type QuoteFields = z.output<typeof quoteFieldsSchema>;
export type CreateCommitmentInput = z.output<typeof createCommitmentSchema>;
export type UpdateCommitmentInput = z.output<typeof updateCommitmentSchema>;
export type AddQuoteInput = z.output<typeof addQuoteSchema>;
export type RemoveQuoteInput = z.output<typeof removeQuoteSchema>;
export type PublicationInput = z.output<typeof publicationSchema>;
export type ArchiveInput = z.output<typeof archiveSchema>;

// Kazakh letters the transliteration tables do not know, written as Kazakh's Latin alphabet writes
// them without diacritics (so «құқық» becomes "quqyq", not "k-u-k-yk").
const KAZAKH_LETTERS: Record<string, string> = {
  ә: "a",
  ғ: "g",
  қ: "q",
  ң: "n",
  ө: "o",
  ұ: "u",
  ү: "u",
  һ: "h",
  і: "i",
  Ә: "A",
  Ғ: "G",
  Қ: "Q",
  Ң: "N",
  Ө: "O",
  Ұ: "U",
  Ү: "U",
  Һ: "H",
  І: "I",
};

/**
 * A URL-safe slug from a title in any of the three languages: Cyrillic (Russian and Kazakh) is
 * transliterated to Latin letters, so «Расширить национальный превентивный механизм» becomes
 * "rasshirit-nacionalnyy-preventivnyy-mehanizm". At most 70 characters, cut between words; empty
 * when the title has no letters or digits at all.
 */
export function slugFromTitle(title: string): string {
  const slug = slugify(title, { lowercase: true, separator: "-", replace: KAZAKH_LETTERS })
    .replace(/[^a-z0-9-]+/g, "")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");
  if (slug.length <= 70) return slug;
  const cut = slug.slice(0, 71);
  return (cut.includes("-") ? cut.slice(0, cut.lastIndexOf("-")) : cut.slice(0, 70)).replace(/-+$/g, "");
}
