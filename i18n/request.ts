import { headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { timeZone } from "@/lib/calendar";
import { loadMessages } from "./messages";
import { DEFAULT_LOCALE, LOCALE_HEADER, isLocale } from "./locales";

// The proxy (proxy.ts) puts the locale of the address in a request header; data routes outside
// the proxy (CSV, API, feeds) get the default and pick label languages with ?lang=.
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = (await headers()).get(LOCALE_HEADER) ?? (await requestLocale);
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  return { locale, messages: await loadMessages(locale), timeZone: timeZone() };
});
