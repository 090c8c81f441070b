import "server-only";
import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { getCurrentPath } from "./current-path";
import { dataHref } from "./data-links";
import { LOCALES, localePath, type Locale } from "./locales";

/**
 * The page's canonical address in the current language and its hreflang alternates in every
 * language (plus x-default, the unprefixed address that picks the reader's language).
 */
export async function localeAlternates(
  extra: Omit<NonNullable<Metadata["alternates"]>, "canonical" | "languages"> = {},
): Promise<NonNullable<Metadata["alternates"]>> {
  const [locale, path] = await Promise.all([getLocale(), getCurrentPath()]);
  const languages = Object.fromEntries([
    ...LOCALES.map((code) => [code, localePath(code, path)]),
    ["x-default", path],
  ]) as Record<Locale | "x-default", string>;
  // Feeds and other data addresses announced in <head> are in the page's language too.
  const types = extra.types
    ? Object.fromEntries(
        Object.entries(extra.types).map(([type, href]) => [
          type,
          typeof href === "string" ? dataHref(href, locale as Locale) : href,
        ]),
      )
    : undefined;
  return { ...extra, ...(types ? { types } : {}), canonical: localePath(locale as Locale, path), languages };
}
