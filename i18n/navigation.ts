import { createNavigation } from "next-intl/navigation";
import { defineRouting } from "next-intl/routing";
import { DEFAULT_LOCALE, LOCALES } from "./locales";

/** Routing shared by links: every page address carries its locale (/kk/…, /ru/…, /en/…). */
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: "always",
  localeCookie: false,
});

// Link and redirect that add the current locale to a path ("/commitments" → "/ru/commitments").
export const { Link, redirect, getPathname } = createNavigation(routing);
