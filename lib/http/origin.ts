/**
 * Cross-site request check for server actions and mutating route handlers. A request passes only
 * when its `Origin` is exactly this site's: the public address (NEXTAUTH_URL) or the address the
 * request was sent to (its Host). A missing Origin or `Origin: null` (sandboxed frames, some
 * redirects, file: pages) is refused, since a browser sends a real Origin with every same-site POST.
 */
export function isSameOriginRequest(headers: Headers, publicUrl: string | undefined = process.env.NEXTAUTH_URL): boolean {
  const origin = headers.get("origin");
  if (!origin || origin === "null") return false;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return false;
  if (parsed.origin !== origin.toLowerCase()) return false;
  return allowedOrigins(headers, publicUrl).has(parsed.origin);
}

function allowedOrigins(headers: Headers, publicUrl: string | undefined): Set<string> {
  const allowed = new Set<string>();
  if (publicUrl) {
    try {
      allowed.add(new URL(publicUrl).origin);
    } catch {
      // An invalid NEXTAUTH_URL is refused at start-up (lib/env.ts); nothing to add here.
    }
  }
  const host = headers.get("host");
  if (host && /^[a-z0-9.\-:[\]]+$/i.test(host)) {
    const protocol = publicUrl?.startsWith("https:") ? "https" : "http";
    allowed.add(`${protocol}://${host.toLowerCase()}`);
  }
  return allowed;
}
