import { z } from "zod";
import { isCalendarDate, parseCalendarDate, todayIso } from "@/lib/calendar";
import { message } from "./messages";

// Field schemas shared by every editor form. Inputs arrive as strings (FormData) or JSON; empty
// strings mean "not given". Messages are tokens (lib/forms/messages.ts), put into the reader's
// language where they are shown beside the field.

const MAX_ID_LENGTH = 64;

export const requiredText = (max: number, emptyMessage: string) =>
  z.string({ message: emptyMessage }).trim().min(1, emptyMessage).max(max, message("tooLong", { max }));

/** An optional text: empty or missing becomes null. */
export const optionalText = (max: number) =>
  z.preprocess(
    (value) =>
      value === undefined || value === null || (typeof value === "string" && value.trim() === "") ? null : value,
    z.string().trim().max(max, message("tooLong", { max })).nullable(),
  );

/** A calendar date "YYYY-MM-DD", parsed to 00:00 UTC of that day. */
export const calendarDate = (emptyMessage = message("enterDate")) =>
  z
    .string({ message: emptyMessage })
    .trim()
    .min(1, emptyMessage)
    .max(10, message("dateFormat"))
    .refine(isCalendarDate, message("realDate"))
    .transform((value) => parseCalendarDate(value));

/** A calendar date that is today or earlier (today in TIME_ZONE, lib/calendar.ts). */
export const pastOrTodayDate = (emptyMessage = message("enterDate")) =>
  z
    .string({ message: emptyMessage })
    .trim()
    .min(1, emptyMessage)
    .max(10, message("dateFormat"))
    .refine(isCalendarDate, message("realDate"))
    .refine((value) => value <= todayIso(), message("futureDate"))
    .transform((value) => parseCalendarDate(value));

/** An optional calendar date: empty or missing becomes null. */
export const optionalCalendarDate = z.preprocess(
  (value) => (value === undefined || value === null || value === "" ? null : value),
  z
    .string()
    .trim()
    .max(10, message("dateFormat"))
    .refine(isCalendarDate, message("realDate"))
    .transform(parseCalendarDate)
    .nullable(),
);

export const idField = z
  .string({ message: message("missingId") })
  .trim()
  .min(1, message("missingId"))
  .max(MAX_ID_LENGTH, message("invalidId"));

/** The version the person's form was based on (optimistic locking). */
export const versionField = z.coerce
  .number({ message: message("missingVersion") })
  .int(message("missingVersion"))
  .min(1, message("missingVersion"))
  .max(1_000_000_000, message("invalidVersion"));

/** Zero or more ids: one value, repeated form fields, or a JSON array. */
export const idList = (max: number) =>
  z.preprocess(
    (value) => (value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value]),
    z.array(idField).max(max, message("chooseAtMost", { max })),
  );

/** Turns zod issues into field errors: the first message (token) for each field. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? String(issue.path[0]) : "form";
    errors[key] ??= issue.message;
  }
  return errors;
}
