/** Locales with a message catalogue in messages/, in the order the language switcher shows them. */
export const LOCALES = ["kk", "ru", "en"] as const;
export type Locale = (typeof LOCALES)[number];

/** Used when neither the address, the remembered choice nor the browser names a supported language. */
export const DEFAULT_LOCALE: Locale = "ru";

/** Cookie that remembers the reader's last chosen language (set whenever a /kk, /ru or /en page is opened). */
export const LOCALE_COOKIE = "uade_locale";

/**
 * Whether a request with this Sec-Fetch-Dest opens a page for the reader, and so may remember its
 * language: a top-level document does; the app's own requests (RSC prefetches and client-side
 * navigation send "empty") and framed pages (an embedded badge) do not. Otherwise a prefetch of an
 * /en link answering just after a switch to Kazakh undid the switch (seen in the e2e suite). Next
 * removes its `rsc` and prefetch headers before the proxy runs, so this browser header is what is
 * left to tell them apart; a client that sends none (curl, an old browser) counts as opening.
 */
export function remembersLanguage(secFetchDest: string | null | undefined): boolean {
  return secFetchDest === null || secFetchDest === undefined || secFetchDest === "document";
}

/** Request headers the proxy passes to pages: the locale and the path without its locale prefix. */
export const LOCALE_HEADER = "x-uade-locale";
export const PATH_HEADER = "x-uade-path";

/** Each language's name in that language, for the switcher. */
export const LOCALE_NAMES: Record<Locale, string> = { kk: "Қазақша", ru: "Русский", en: "English" };

export function isLocale(value: string | null | undefined): value is Locale {
  return (LOCALES as readonly string[]).includes(value ?? "");
}

/**
 * The best supported locale for an Accept-Language header ("ru-KZ,ru;q=0.9,kk;q=0.8"), by
 * quality and then order; null when none matches.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale | null {
  if (!acceptLanguage) return null;
  const ranked = acceptLanguage
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const quality = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return {
        language: tag.trim().toLowerCase().split("-")[0] ?? "",
        quality: quality ? Number(quality.slice(2)) : 1,
        index,
      };
    })
    .filter((entry) => entry.language && Number.isFinite(entry.quality) && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked.map((entry) => entry.language).find(isLocale) ?? null;
}

/** Splits "/ru/commitments/x" into its locale and the path behind it ("/commitments/x"). */
export function splitLocalePath(pathname: string): { locale: Locale | null; path: string } {
  const match = /^\/([a-z]{2})(?=\/|$)(.*)$/.exec(pathname);
  if (match && isLocale(match[1])) return { locale: match[1], path: match[2] || "/" };
  return { locale: null, path: pathname };
}

/** The address of `path` in `locale`: "/kk" + "/commitments" → "/kk/commitments"; "/" → "/kk". */
export function localePath(locale: Locale, path: string): string {
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}
