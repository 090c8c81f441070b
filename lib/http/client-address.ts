/**
 * The client's network address, used only to throttle sign-in attempts per address.
 *
 * Behind a reverse proxy we run (TRUST_PROXY=true), the proxy overwrites `X-Forwarded-For`, so its
 * first entry is the client. Without one, anyone can send that header; the only address Next.js
 * gives the app is the one it writes into the same header from the socket when the client sent
 * none. So with TRUST_PROXY=false we take the header's last entry and never a list the client
 * could prepend to; a client that forges the header entirely can pick its per-address bucket, which
 * is why the per-account limit (lib/auth/throttle.ts) never depends on the address.
 */
export function clientAddress(forwardedFor: string | null | undefined, trustProxy: boolean): string {
  const entries = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chosen = trustProxy ? entries[0] : entries.at(-1);
  if (!chosen) return "unknown";
  return chosen.slice(0, 64).toLowerCase();
}
