import { z } from "zod";
import { LOCALES } from "@/i18n/locales";
import { MAX_URL_LENGTH } from "@/lib/evidence/url";
import { toSafeUrlOrIssue } from "@/lib/evidence/schema";
import { idField, optionalCalendarDate, optionalText, requiredText } from "@/lib/forms/fields";
import { message } from "@/lib/forms/messages";
import { PARAGRAPH_PATTERN, RESPONSES, SDG_TARGET_PATTERN, SYMBOL_PATTERN } from "./vocabulary";

/** Linking or unlinking a commitment and a recommendation. */
export const linkSchema = z.object({ commitmentId: idField, recommendationId: idField });
export type LinkInput = z.output<typeof linkSchema>;

/** Confirming a recommendations import preview. */

// The same limits the import applies (lib/recommendations/import-plan.ts).
const TEXT_MAX = 10_000;
const ITEM_MAX = 300;
const LIST_MAX = 50;

const clean = (value: string) => value.replace(/\s+/g, " ").trim();

/** A one-line text where runs of white space count as one space, as the import reads cells. */
const lineText = (max: number) =>
  z
    .string()
    .transform(clean)
    .pipe(z.string().max(max, message("tooLong", { max })));

/** The instant the form was loaded with (the record's `updatedAt`, ISO), for the stale-edit check. */
const loadedAtField = z
  .string({ message: message("missingVersion") })
  .trim()
  .min(1, message("missingVersion"))
  .max(40, message("invalidVersion"))
  .refine(
    (value) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/.test(value) && !Number.isNaN(Date.parse(value)),
    message("invalidVersion"),
  )
  .transform((value) => new Date(value));

/**
 * Themes and affected groups: a textarea (one per line, or separated by ";" or "|", as the import
 * reads them; names contain commas) or a JSON array. Blank items go, duplicates count once.
 */
const itemList = z.preprocess(
  (value) => {
    const items =
      typeof value === "string"
        ? value.split(/[;|\n\r]+/)
        : Array.isArray(value)
          ? value.map((item) => (typeof item === "string" ? item : ""))
          : value === undefined || value === null
            ? []
            : value;
    return Array.isArray(items) ? [...new Set(items.map(clean).filter((item) => item !== ""))] : items;
  },
  z
    .array(z.string().max(ITEM_MAX, message("tooLong", { max: ITEM_MAX })))
    .max(LIST_MAX, message("chooseAtMost", { max: LIST_MAX })),
);

/** SDG target codes: ticked boxes (one value or repeated fields) or a JSON array; whether each is listed is checked against the table. */
const sdgCodes = z.preprocess(
  (value) =>
    value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? [...new Set(value)] : [value],
  z
    .array(z.string().trim().regex(SDG_TARGET_PATTERN, message("invalidValue")))
    .max(LIST_MAX, message("chooseAtMost", { max: LIST_MAX })),
);

/** An optional source link: empty is none; anything but a plain http(s) address is refused, as for evidence. */
const optionalSafeUrl = z.preprocess(
  (value) =>
    value === undefined || value === null || (typeof value === "string" && value.trim() === "") ? null : value,
  z
    .string()
    .trim()
    .max(MAX_URL_LENGTH, message("tooLong", { max: MAX_URL_LENGTH }))
    .transform(toSafeUrlOrIssue)
    .nullable(),
);

/**
 * Correcting an imported recommendation. The identity (mechanism, cycle, symbol, paragraph,
 * recommending state) may change too; the database keeps (symbol, paragraph, state) unique, and
 * what needs the vocabularies (mechanism kind, listed SDG targets) is checked by the mutation.
 */
export const updateRecommendationSchema = z.object({
  recommendationId: idField,
  loadedAt: loadedAtField,
  mechanismCode: z
    .string({ message: message("recChooseMechanism") })
    .trim()
    .min(1, message("recChooseMechanism"))
    .max(30, message("invalidValue")),
  cycle: lineText(100).default(""),
  symbol: lineText(100)
    .pipe(z.string().min(1, message("required")))
    .superRefine((value, context) => {
      if (!SYMBOL_PATTERN.test(value))
        context.addIssue({ code: "custom", message: message("recSymbolFormat", { value: value.slice(0, 100) }) });
    }),
  paragraph: lineText(20)
    .pipe(z.string().min(1, message("required")))
    .superRefine((value, context) => {
      if (!PARAGRAPH_PATTERN.test(value))
        context.addIssue({ code: "custom", message: message("recParagraphNumber", { value: value.slice(0, 40) }) });
    }),
  recommendingState: lineText(200).default(""),
  text: requiredText(TEXT_MAX, message("recTextMissing")),
  textLocale: z.enum(LOCALES, { message: message("recTextLanguageChoose") }),
  textEn: optionalText(TEXT_MAX),
  textRu: optionalText(TEXT_MAX),
  textKk: optionalText(TEXT_MAX),
  issuedOn: optionalCalendarDate,
  response: z.enum(RESPONSES, { message: message("invalidValue") }).default("NONE"),
  themes: itemList,
  affectedGroups: itemList,
  sdgTargets: sdgCodes,
  sourceUrl: optionalSafeUrl,
});
export type UpdateRecommendationInput = z.output<typeof updateRecommendationSchema>;

/** Deleting a recommendation: the person ticks that they understand its links go too, for the number of links they saw. */
export const deleteRecommendationSchema = z.object({
  recommendationId: idField,
  loadedAt: loadedAtField,
  linkCount: z.coerce
    .number({ message: message("missingVersion") })
    .int(message("invalidVersion"))
    .min(0, message("invalidVersion"))
    .max(1_000_000, message("invalidVersion")),
  confirm: z.literal("yes", { message: message("recConfirmDelete") }),
});
export type DeleteRecommendationInput = z.output<typeof deleteRecommendationSchema>;
