import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE } from "./locales";

// One locale for now; Kazakh and Russian catalogues are added beside messages/en.json without
// touching components (see the trilingual issue).
export default getRequestConfig(async () => {
  const locale = DEFAULT_LOCALE;
  const messages = (await import(`../messages/${locale}.json`)) as { default: Record<string, unknown> };
  return { locale, messages: messages.default, timeZone: "Asia/Almaty" };
});
