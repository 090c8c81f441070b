import type { Locale } from "./locales";

type Messages = Record<string, unknown>;

const load = async (file: string): Promise<Messages> =>
  ((await import(`../messages/${file}.json`)) as { default: Messages }).default;

function deepMerge(base: Messages, override: Messages): Messages {
  const merged: Messages = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const current = merged[key];
    merged[key] =
      value && typeof value === "object" && !Array.isArray(value) && current && typeof current === "object"
        ? deepMerge(current as Messages, value as Messages)
        : value;
  }
  return merged;
}

/**
 * A locale's catalogue: the public catalogue (messages/<locale>.json) and the editor workspace's
 * (messages/<locale>.manage.json), laid over the English ones, so a key not yet translated shows
 * in English instead of as a blank or a raw key. Tests check that every catalogue has every key.
 */
export async function loadMessages(locale: Locale): Promise<Messages> {
  const english = deepMerge(await load("en"), await load("en.manage"));
  if (locale === "en") return english;
  return deepMerge(english, deepMerge(await load(locale), await load(`${locale}.manage`)));
}
