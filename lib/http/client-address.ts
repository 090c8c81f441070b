/**
 * The header our own HTTP server (scripts/start.ts) sets on every request to the socket's remote
 * address, overwriting whatever a client sent under that name. It is the only source of the peer
 * address that a client cannot forge, as long as the app is served by `npm start`.
 */
export const CLIENT_ADDRESS_HEADER = "x-uade-client-address";

type HeaderSource = Headers | Record<string, unknown> | undefined;

function read(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return typeof value === "string"
    ? value
    : Array.isArray(value) && typeof value[0] === "string"
      ? value[0]
      : undefined;
}

/**
 * The client's network address, used only to throttle sign-in attempts per address, or null when
 * it cannot be known without trusting something a client wrote.
 *
 * - TRUST_PROXY=true (behind a reverse proxy we run, which overwrites `X-Forwarded-For`): the
 *   header's first entry.
 * - Otherwise `X-Forwarded-For` is never read (anyone can send it): the socket address our server
 *   passes on in CLIENT_ADDRESS_HEADER.
 * - Neither present (e.g. `next start` run by hand): null. The per-address limit is then skipped
 *   rather than putting every client in one shared bucket (which would let one attacker pause
 *   sign-in for everyone); the per-account limit still applies in full.
 */
export function clientAddress(headers: HeaderSource, trustProxy: boolean): string | null {
  const raw = trustProxy ? read(headers, "x-forwarded-for")?.split(",")[0] : read(headers, CLIENT_ADDRESS_HEADER);
  const chosen = raw?.trim().toLowerCase();
  if (!chosen || !/^[0-9a-f.:[\]%a-z_-]+$/i.test(chosen)) return null;
  // IPv4 clients of a dual-stack socket show as ::ffff:1.2.3.4; one address, one bucket.
  return chosen.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "").slice(0, 64);
}
