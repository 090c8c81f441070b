import "server-only";
import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { getCurrentPath } from "./current-path";
import { LOCALES, localePath, type Locale } from "./locales";

/**
 * The page's canonical address in the current language and its hreflang alternates in every
 * language (plus x-default, the unprefixed address that picks the reader's language).
 */
export async function localeAlternates(extra: Omit<NonNullable<Metadata["alternates"]>, "canonical" | "languages"> = {}): Promise<NonNullable<Metadata["alternates"]>> {
  const [locale, path] = await Promise.all([getLocale(), getCurrentPath()]);
  const languages = Object.fromEntries([...LOCALES.map((code) => [code, localePath(code, path)]), ["x-default", path]]) as Record<Locale | "x-default", string>;
  return { ...extra, canonical: localePath(locale as Locale, path), languages };
}
