import { getSiteUrl } from "@/lib/site-url";

/**
 * Cross-site request check for server actions and mutating route handlers. A request passes only
 * when its `Origin` is exactly the configured public address (NEXTAUTH_URL, by default
 * http://localhost:$PORT). The Host header is never consulted: a client chooses it, so matching
 * Origin against it proves nothing. A missing Origin or `Origin: null` (sandboxed frames, some
 * redirects, file: pages) is refused, since a browser sends a real Origin with every same-site POST.
 */
export function isSameOriginRequest(headers: Headers, publicUrl: string = getSiteUrl()): boolean {
  const origin = headers.get("origin");
  if (!origin || origin === "null") return false;
  let expected: string;
  try {
    expected = new URL(publicUrl).origin;
  } catch {
    // An invalid NEXTAUTH_URL is refused at start-up (lib/env.ts).
    return false;
  }
  return origin === expected;
}
