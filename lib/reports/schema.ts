import { z } from "zod";
import { formatCalendarDate, parseCalendarDate } from "@/lib/calendar";
import { decodeMessage, message } from "@/lib/forms/messages";
import { REASON_CODES, type ReasonCode } from "@/lib/statuses/reasons";

// Errors are message tokens (lib/forms/messages.ts); the report pages put them into the reader's language.
const calendarDay = (field: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, message("reportDateFormat", { field }))
    .transform((value, context) => {
      try {
        return parseCalendarDate(value);
      } catch {
        context.addIssue({ code: "custom", message: message("reportDateNotReal", { field, value }) });
        return z.NEVER;
      }
    });

type Params = URLSearchParams | Record<string, string | string[] | undefined>;
const first = (params: Params, key: string): string | undefined => {
  const value = params instanceof URLSearchParams ? (params.get(key) ?? undefined) : params[key];
  const single = Array.isArray(value) ? value[0] : value;
  return single && single.trim() !== "" ? single : undefined;
};

const all = (params: Params, key: string): string[] => {
  const values = params instanceof URLSearchParams ? params.getAll(key) : [params[key] ?? []].flat();
  // A GET form sends "" for "any"; those mean no filter.
  return values.map((value) => value.trim()).filter((value) => value !== "");
};

export type DateParam = { date: Date; error: string | null };

/** Reads a YYYY-MM-DD parameter; a missing one takes `fallback`, an invalid one too, with a message. */
export function readDateParam(params: Params, key: string, fallback: Date): DateParam {
  const raw = first(params, key);
  if (raw === undefined) return { date: fallback, error: null };
  const parsed = calendarDay(key).safeParse(raw);
  return parsed.success
    ? { date: parsed.data, error: null }
    : { date: fallback, error: parsed.error.issues[0]?.message ?? message("reportDateFormat", { field: key }) };
}

/** The window of the change report; `from` after `to` is swapped back into order, with a note. */
export function readDateWindow(params: Params, today: Date): { from: Date; to: Date; errors: string[] } {
  const threeMonthsAgo = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 3, today.getUTCDate()));
  const from = readDateParam(params, "from", threeMonthsAgo);
  const to = readDateParam(params, "to", today);
  const errors = [from.error, to.error].filter((e): e is string => e !== null);
  if (from.date > to.date) {
    errors.push(
      message("reportDatesSwapped", { from: formatCalendarDate(from.date), to: formatCalendarDate(to.date) }),
    );
    return { from: to.date, to: from.date, errors };
  }
  return { from: from.date, to: to.date, errors };
}

/** Whether an error of readDateWindow only reports that the dates were put back in order. */
export const isSwapNote = (error: string) => decodeMessage(error)?.key === "reportDatesSwapped";

const reasonCode = z.enum(REASON_CODES);

/**
 * Reads the repeatable `reason` parameter (reason codes of lib/statuses/reasons.ts). Unknown codes
 * are left out and each named in `errors`; no valid code means every reason.
 */
export function readReasonParam(params: Params): { reasons: ReasonCode[]; errors: string[] } {
  const reasons = new Set<ReasonCode>();
  const errors: string[] = [];
  for (const value of all(params, "reason")) {
    const parsed = reasonCode.safeParse(value);
    if (parsed.success) reasons.add(parsed.data);
    else if (errors.length < 5)
      errors.push(message("reportReasonUnknown", { value: value.slice(0, 60), codes: REASON_CODES.join(", ") }));
  }
  return { reasons: [...reasons], errors };
}
