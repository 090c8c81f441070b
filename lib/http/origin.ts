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

/**
 * Whether a browser says a request comes from another site: `Sec-Fetch-Site` other than
 * same-origin (or none: typed or bookmarked), or an `Origin` that is not the public address. A
 * request with neither (a script, an old client) is not a browser's forgery and passes; public
 * forms without a session (follow by email) use this, as the sign-in route does.
 */
export function isCrossSiteRequest(headers: Headers, publicUrl: string = getSiteUrl()): boolean {
  const site = headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return true;
  return headers.has("origin") && !isSameOriginRequest(headers, publicUrl);
}

/** The answer to a refused cross-site form post: 403, plain text, never cached. */
export function crossSiteRefusal(): Response {
  return new Response("Cross-site request refused.\n", {
    status: 403,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}
