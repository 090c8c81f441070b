import type { IncomingHttpHeaders } from "node:http";

// What is personal and must never be cached by anyone: the workspace, sign-in, and every
// response to a request that carries a session (a signed-in editor sees their own header,
// and next-auth's cookies mean a sign-in is under way), and the per-person follow, confirm and
// unsubscribe pages with their form handlers (they carry tokens and answers meant for one reader).

const PERSONAL_PREFIXES = [
  "/manage",
  "/api/manage",
  "/api/auth",
  "/login",
  "/follow",
  "/unsubscribe",
  "/api/notifications",
] as const;

/** The Cache-Control of every personal response, whatever the renderer said. */
export const PERSONAL_CACHE_CONTROL = "private, no-store";

/** Whether `path` (without query) is the workspace, its API, next-auth, or the sign-in page, in any language. */
export function isPersonalPath(path: string): boolean {
  const unprefixed = /^\/(?:kk|ru|en)(?=\/|$)/.test(path) ? path.slice(3) || "/" : path;
  return PERSONAL_PREFIXES.some(
    (prefix) => unprefixed === prefix || unprefixed.startsWith(`${prefix}/`) || unprefixed.startsWith(`${prefix}?`),
  );
}

const SESSION_COOKIE = /(?:^|;)\s*(?:__Secure-|__Host-)?next-auth\.[^=;]*=/;

/** Whether the request carries any next-auth cookie (session, CSRF or callback): such a reader may be signed in. */
export function hasSessionCookie(headers: IncomingHttpHeaders): boolean {
  const cookie = headers.cookie;
  return cookie !== undefined && SESSION_COOKIE.test(cookie);
}

/**
 * Requests Next answers differently for the same address: client-side navigation (RSC payloads,
 * prefetches) and server actions. They bypass the cache; the HTML of the same address is cached.
 */
export function isRendererSpecificRequest(headers: IncomingHttpHeaders, rawUrl: string): boolean {
  return (
    headers.rsc !== undefined ||
    headers["next-action"] !== undefined ||
    headers["next-router-prefetch"] !== undefined ||
    headers["next-router-state-tree"] !== undefined ||
    headers["next-router-segment-prefetch"] !== undefined ||
    rawUrl.includes("_rsc=")
  );
}
