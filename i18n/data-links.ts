import type { Locale } from "./locales";

/**
 * A data address (CSV, JSON API, Atom feed) as linked from a page in `locale`: the same address
 * with `lang=<locale>` added, so a Russian reader's download is in Russian. Data addresses have no
 * locale prefix (their URLs stay stable for scripts); `?lang=` picks the language of their labels.
 */
export function dataHref(href: string, locale: Locale): string {
  const [path = "", query = ""] = href.split("?", 2);
  const params = new URLSearchParams(query);
  params.set("lang", locale);
  return `${path}?${params.toString()}`;
}
