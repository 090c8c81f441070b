import { z } from "zod";
import { CATEGORIES, OFFICIAL_CLAIMS, SOURCE_KINDS } from "@/lib/vocabulary";
import { parseCalendarDate } from "@/lib/calendar";
import { bodyKeySchema } from "@/lib/bodies/schema";

const calendarDate = z
  .string()
  .refine((value) => {
    try {
      parseCalendarDate(value);
      return true;
    } catch {
      return false;
    }
  }, "must be a date YYYY-MM-DD")
  .nullable();

const nonEmpty = z.string().trim().min(1);

export const datasetSourceSchema = z.object({
  key: nonEmpty,
  /** The seed article the record was drawn from (provenance only; never read at run time). */
  file: nonEmpty,
  title: nonEmpty,
  author: nonEmpty.nullable(),
  publisher: nonEmpty.nullable(),
  date: calendarDate,
  dateNote: nonEmpty.nullable(),
  url: z.url({ protocol: /^https?$/ }).nullable(),
  kind: z.enum(SOURCE_KINDS),
});

export const datasetCommitmentSchema = z.object({
  slug: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "lowercase words joined by hyphens")
    .max(80),
  title: nonEmpty.max(200),
  summary: nonEmpty.max(2000),
  category: z.enum(CATEGORIES),
  /** Key of one of the dataset's bodies. */
  responsibleBody: bodyKeySchema,
  instruments: z.array(nonEmpty),
  firstStatedOn: calendarDate,
  targetDate: calendarDate,
  targetNote: nonEmpty.nullable(),
  officialClaim: z.enum(OFFICIAL_CLAIMS),
  claimNote: nonEmpty.nullable(),
  quotes: z.array(z.object({ source: nonEmpty, text: nonEmpty })).min(1, "needs at least one quote"),
});

/** The checked-in commitment dataset (prisma/seed/commitments.json). */
export const datasetSchema = z
  .object({
    instruments: z.array(z.object({ code: nonEmpty, name: nonEmpty, nameRu: nonEmpty, nameKk: nonEmpty })),
    bodies: z.array(z.object({ key: bodyKeySchema, nameEn: nonEmpty, nameRu: nonEmpty, nameKk: nonEmpty })).min(1),
    sources: z.array(datasetSourceSchema).min(1),
    commitments: z.array(datasetCommitmentSchema).min(1),
  })
  .superRefine((dataset, context) => {
    const duplicates = (values: string[]) => values.filter((value, index) => values.indexOf(value) !== index);
    for (const slug of duplicates(dataset.commitments.map((c) => c.slug))) {
      context.addIssue({ code: "custom", message: `duplicate slug: ${slug}`, path: ["commitments"] });
    }
    for (const key of duplicates(dataset.sources.map((s) => s.key))) {
      context.addIssue({ code: "custom", message: `duplicate source key: ${key}`, path: ["sources"] });
    }
    for (const code of duplicates(dataset.instruments.map((i) => i.code))) {
      context.addIssue({ code: "custom", message: `duplicate instrument code: ${code}`, path: ["instruments"] });
    }
    for (const key of duplicates(dataset.bodies.map((b) => b.key))) {
      context.addIssue({ code: "custom", message: `duplicate body key: ${key}`, path: ["bodies"] });
    }
    const bodyKeys = new Set(dataset.bodies.map((b) => b.key));
    const sourceKeys = new Set(dataset.sources.map((s) => s.key));
    const instrumentCodes = new Set(dataset.instruments.map((i) => i.code));
    dataset.commitments.forEach((commitment, index) => {
      if (!bodyKeys.has(commitment.responsibleBody)) {
        context.addIssue({
          code: "custom",
          message: `unknown body ${commitment.responsibleBody}`,
          path: ["commitments", index, "responsibleBody"],
        });
      }
      for (const quote of commitment.quotes) {
        if (!sourceKeys.has(quote.source)) {
          context.addIssue({
            code: "custom",
            message: `unknown source ${quote.source}`,
            path: ["commitments", index, "quotes"],
          });
        }
      }
      for (const code of commitment.instruments) {
        if (!instrumentCodes.has(code)) {
          context.addIssue({
            code: "custom",
            message: `unknown instrument ${code}`,
            path: ["commitments", index, "instruments"],
          });
        }
      }
    });
  });

export type Dataset = z.infer<typeof datasetSchema>;
export type DatasetCommitment = z.infer<typeof datasetCommitmentSchema>;

const localizedText = z.object({ title: nonEmpty.max(200), summary: nonEmpty.max(2000) });

/** Russian and Kazakh titles and summaries of the dataset, by slug (prisma/seed/commitments.translations.json). */
export const datasetTranslationsSchema = z.record(z.string(), z.object({ ru: localizedText, kk: localizedText }));

export type DatasetTranslations = z.infer<typeof datasetTranslationsSchema>;
