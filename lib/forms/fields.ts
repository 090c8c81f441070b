import { z } from "zod";
import { parseCalendarDate } from "@/lib/dates";

// Field schemas shared by every editor form. Inputs arrive as strings (FormData) or JSON; empty
// strings mean "not given". Messages are plain words shown beside the field.

const MAX_ID_LENGTH = 64;

/** Today's calendar date where the editors work (Asia/Almaty), as YYYY-MM-DD. */
export function todayInAlmaty(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Almaty", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

export const requiredText = (max: number, emptyMessage: string) =>
  z
    .string({ message: emptyMessage })
    .trim()
    .min(1, emptyMessage)
    .max(max, `Use at most ${max.toLocaleString("en")} characters.`);

/** An optional text: empty or missing becomes null. */
export const optionalText = (max: number) =>
  z.preprocess(
    (value) => (value === undefined || value === null || (typeof value === "string" && value.trim() === "") ? null : value),
    z.string().trim().max(max, `Use at most ${max.toLocaleString("en")} characters.`).nullable(),
  );

function isCalendarDate(value: string): boolean {
  try {
    parseCalendarDate(value);
    return true;
  } catch {
    return false;
  }
}

/** A calendar date "YYYY-MM-DD", parsed to 00:00 UTC of that day. */
export const calendarDate = (emptyMessage = "Enter a date.") =>
  z
    .string({ message: emptyMessage })
    .trim()
    .min(1, emptyMessage)
    .max(10, "Enter the date as YYYY-MM-DD.")
    .refine(isCalendarDate, "Enter a real date as YYYY-MM-DD.")
    .transform((value) => parseCalendarDate(value));

/** A calendar date that is today or earlier (in Asia/Almaty). */
export const pastOrTodayDate = (emptyMessage = "Enter a date.") =>
  z
    .string({ message: emptyMessage })
    .trim()
    .min(1, emptyMessage)
    .max(10, "Enter the date as YYYY-MM-DD.")
    .refine(isCalendarDate, "Enter a real date as YYYY-MM-DD.")
    .refine((value) => value <= todayInAlmaty(), "The date cannot be in the future.")
    .transform((value) => parseCalendarDate(value));

/** An optional calendar date: empty or missing becomes null. */
export const optionalCalendarDate = z.preprocess(
  (value) => (value === undefined || value === null || value === "" ? null : value),
  z.string().trim().max(10, "Enter the date as YYYY-MM-DD.").refine(isCalendarDate, "Enter a real date as YYYY-MM-DD.").transform(parseCalendarDate).nullable(),
);

export const idField = z.string({ message: "Missing record id." }).trim().min(1, "Missing record id.").max(MAX_ID_LENGTH, "Invalid record id.");

/** The version the person's form was based on (optimistic locking). */
export const versionField = z.coerce
  .number({ message: "Missing record version; reload the page." })
  .int("Missing record version; reload the page.")
  .min(1, "Missing record version; reload the page.")
  .max(1_000_000_000, "Invalid record version.");

/** Zero or more ids: one value, repeated form fields, or a JSON array. */
export const idList = (max: number) =>
  z.preprocess(
    (value) => (value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value]),
    z.array(idField).max(max, `Choose at most ${max}.`),
  );

/** Turns zod issues into field errors: the first message for each field, in plain words. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? String(issue.path[0]) : "form";
    errors[key] ??= issue.message;
  }
  return errors;
}
