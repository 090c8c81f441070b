import type { z } from "zod";
import { isCalendarDate, parseCalendarDate } from "@/lib/calendar";
import type englishCatalogue from "@/messages/en.manage.json";

// Validation and import messages travel as tokens, not sentences: "msg:tooLong {"max":200}" names
// a key of the `manage.validation` catalogue plus its ICU arguments. Schemas, mutations and the
// import planner run on the server, in the browser (form pre-checks) and in the CLI, and some of
// their results are stored (import drafts); a token can be put into words in whichever language
// the reader chose, where it is shown (translateMessage). Keys are checked by the type below, so a
// message without a catalogue entry does not compile.

export type ValidationKey = keyof (typeof englishCatalogue)["manage"]["validation"];
export type MessageParams = Record<string, string | number>;

const PREFIX = "msg:";
const TOKEN = /^msg:([A-Za-z][A-Za-z0-9]*)(?: (\{.*\}))?$/s;

/** A message token for `key`; string arguments may themselves be tokens (translated in turn). */
export function message(key: ValidationKey, params?: MessageParams): string {
  return params ? `${PREFIX}${key} ${JSON.stringify(params)}` : `${PREFIX}${key}`;
}

/** The key and arguments of a token, or null when `text` is not one. */
export function decodeMessage(text: string): { key: string; params: MessageParams } | null {
  const match = TOKEN.exec(text);
  if (!match?.[1]) return null;
  if (!match[2]) return { key: match[1], params: {} };
  try {
    const params: unknown = JSON.parse(match[2]);
    if (!params || typeof params !== "object" || Array.isArray(params)) return null;
    const entries = Object.entries(params).filter(
      (entry): entry is [string, string | number] => typeof entry[1] === "string" || typeof entry[1] === "number",
    );
    return { key: match[1], params: Object.fromEntries(entries) };
  } catch {
    return null;
  }
}

/** A translator for the `manage.validation` namespace (next-intl's `t`, or use-intl's createTranslator). */
export type ValidationTranslator = {
  (key: string, values?: MessageParams): string;
  has: (key: string) => boolean;
  /** Writes an ISO calendar day argument ("2024-06-01") as the reader's language does; absent, it stays ISO. */
  formatDay?: (iso: string) => string;
};

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function translateArgument(value: string | number, t: ValidationTranslator): string | number {
  if (typeof value !== "string") return value;
  if (t.formatDay && ISO_DAY.test(value) && isCalendarDate(value)) return t.formatDay(value);
  return translateMessage(value, t);
}

/** Puts a token into words with `t`; text that is not a token (or names no key) is returned as it is. */
export function translateMessage(text: string, t: ValidationTranslator): string {
  const decoded = decodeMessage(text);
  if (!decoded || !t.has(decoded.key)) return text;
  const values = Object.fromEntries(
    Object.entries(decoded.params).map(([name, value]) => [name, translateArgument(value, t)]),
  );
  return t(decoded.key, values);
}

/** translateMessage over each field of a form's errors. */
export function translateFieldErrors(errors: Record<string, string>, t: ValidationTranslator): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([field, text]) => [field, translateMessage(text, t)]));
}

/**
 * zod's messages for checks a schema states no message for (a field of the wrong type, an
 * unexpected value), as tokens. Passed per parse (`safeParse(input, { error: defaultMessages })`)
 * rather than set globally, so other schemas (environment, dataset) keep zod's English.
 */
export const defaultMessages: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === "too_big" && issue.origin === "string") return message("tooLong", { max: Number(issue.maximum) });
  if (issue.code === "too_small" && issue.origin === "string")
    return Number(issue.minimum) <= 1 ? message("required") : message("tooShort", { min: Number(issue.minimum) });
  if (issue.code === "too_big" && issue.origin === "array")
    return message("chooseAtMost", { max: Number(issue.maximum) });
  if (issue.code === "invalid_type" && issue.input === undefined) return message("required");
  return message("invalidValue");
};

type AnyTranslator = { (key: never, values?: never): string; has: (key: never) => boolean };

/**
 * Adapts next-intl's typed `t` (for "manage.validation") to the plain shape translateMessage takes.
 * With the reader's locale, dates inside messages are written the way that language writes them.
 */
export function validationTranslator(t: AnyTranslator, locale?: string): ValidationTranslator {
  const plain = t as unknown as ValidationTranslator;
  const days = locale ? new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }) : null;
  return Object.assign((key: string, values?: MessageParams) => plain(key, values), {
    has: (key: string) => plain.has(key),
    ...(days ? { formatDay: (iso: string) => days.format(parseCalendarDate(iso)) } : {}),
  });
}
