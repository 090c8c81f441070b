import { getRequestConfig } from "next-intl/server";
import { loadMessages } from "./messages";
import { DEFAULT_LOCALE } from "./locales";

// One locale for now; Kazakh and Russian catalogues are added beside the English ones without
// touching components (see the trilingual issue).
export default getRequestConfig(async () => {
  const locale = DEFAULT_LOCALE;
  return { locale, messages: await loadMessages(locale), timeZone: "Asia/Almaty" };
});
