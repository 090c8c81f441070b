import type { Locale } from "./locales";

/**
 * A locale's catalogue: the public catalogue (messages/<locale>.json) merged with the editor
 * workspace's (messages/<locale>.manage.json). Keeping them apart keeps each file reviewable.
 */
export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const [publicMessages, manageMessages] = await Promise.all([
    import(`../messages/${locale}.json`) as Promise<{ default: Record<string, unknown> }>,
    import(`../messages/${locale}.manage.json`) as Promise<{ default: Record<string, unknown> }>,
  ]);
  return { ...publicMessages.default, ...manageMessages.default };
}
