/** A same-site path to return to after sign-in; anything else (other hosts, `//x`, `\x`) gives /manage. */
export function safeReturnPath(value: string | undefined, fallback = "/manage"): string {
  if (!value || value.length > 512) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  if (/[\u0000-\u001f]/.test(value)) return fallback;
  return value;
}
