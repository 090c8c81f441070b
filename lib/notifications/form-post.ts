import { DEFAULT_LOCALE, isLocale, type Locale } from "@/i18n/locales";
import { PERSONAL_CACHE_CONTROL } from "@/lib/public-cache/policy";

const MAX_FORM_BYTES = 4_096;

/** The fields of a small urlencoded form POST, or null when it is not one (too large, unreadable). */
export async function readSmallForm(request: Request): Promise<Record<string, string> | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_FORM_BYTES) return null;
  try {
    const text = await request.text();
    if (text.length > MAX_FORM_BYTES) return null;
    return Object.fromEntries(new URLSearchParams(text));
  } catch {
    return null;
  }
}

export function formLocale(fields: Record<string, string> | null): Locale {
  const locale = fields?.locale;
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}

/** A 303 back to one of the per-person pages (never cached: see lib/public-cache/policy.ts). */
export function seeOther(path: string): Response {
  return new Response(null, { status: 303, headers: { location: path, "cache-control": PERSONAL_CACHE_CONTROL } });
}
