import { message } from "@/lib/forms/messages";

export const MAX_URL_LENGTH = 2048;
export const UNSAFE_URL_MESSAGE = message("unsafeUrl");

/**
 * Returns the normalised address when `value` is a plain http(s) URL with a host, otherwise null.
 * Refuses javascript:, data:, vbscript:, file: and every disguise of them: mixed case, leading
 * spaces, tabs or new lines inside the scheme (which browsers strip), control characters, and
 * HTML-entity or percent-encoded schemes (which do not parse as absolute http URLs).
 */
export function toSafeHttpUrl(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_URL_LENGTH) return null;
  // Any whitespace or control character inside is refused outright rather than silently removed.
  if (/[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]/.test(trimmed))
    return null;
  if (!/^https?:\/\//i.test(trimmed)) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (!url.hostname || url.username || url.password) return null;
  return url.href;
}
