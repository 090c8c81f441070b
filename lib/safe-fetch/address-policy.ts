import ipaddr from "ipaddr.js";
import { isIP } from "node:net";

/**
 * Which peers a safe fetch may talk to. Normally only public unicast addresses: loopback,
 * private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local (169.254/16 — cloud metadata at
 * 169.254.169.254 —, fe80::/10), carrier-grade NAT, multicast, broadcast, reserved, unspecified,
 * Teredo and other tunnel ranges are refused. An IPv6 address that carries an IPv4 address
 * (IPv4-compatible ::a.b.c.d, IPv4-mapped ::ffff:a.b.c.d, NAT64 64:ff9b::/96, 6to4 2002::/16) is
 * judged by the IPv4 address it carries: `http://[::127.0.0.1]/` (which URL parsing turns into
 * [::7f00:1], a "unicast" address to ipaddr.js) is loopback.
 * `loopbackOnly` is the test mode (CAPTURE_ALLOW_PRIVATE_ADDRESSES=true): then only 127.0.0.1 and
 * ::1 are allowed — the tests' own server — and nothing else, so a test run never leaves the machine.
 */
export type AddressPolicy = { loopbackOnly: boolean };

// Exact addresses, not ranges: request-filtering-agent compares single IPs as strings, and the
// tests' servers listen on 127.0.0.1.
const LOOPBACK = ["127.0.0.1", "::1"];
const LOOPBACK_HOSTS = new Set(["127.0.0.1", "[::1]", "localhost"]);

/** The address list request-filtering-agent lets through before its own range check. */
export function allowListOf(policy: AddressPolicy): string[] {
  return policy.loopbackOnly ? LOOPBACK : [];
}

/** In the test mode, a URL host that is not loopback is refused before any DNS query. */
export function isAllowedHost(hostname: string, policy: AddressPolicy): boolean {
  return !policy.loopbackOnly || LOOPBACK_HOSTS.has(hostname);
}

const ipv4Of = (high: number, low: number) => new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);

/** The IPv4 address an IPv6 address carries (compatible, mapped, NAT64, 6to4), or null. */
function embeddedIpv4(address: ipaddr.IPv6): ipaddr.IPv4 | null {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, g = 0, h = 0] = address.parts;
  if (a === 0 && b === 0 && c === 0 && d === 0 && (f === 0 || f === 0xffff) && e === 0) return ipv4Of(g, h);
  if (a === 0x64 && b === 0xff9b && c === 0 && d === 0 && e === 0 && f === 0) return ipv4Of(g, h);
  if (a === 0x2002) return ipv4Of(b, c);
  return null;
}

/** True when `address` (an IP literal) may be connected to under `policy`. */
export function isAllowedAddress(address: string, policy: AddressPolicy): boolean {
  if (isIP(address) === 0) return false;
  if (policy.loopbackOnly) return LOOPBACK.includes(address);
  try {
    const parsed = ipaddr.parse(address);
    const carried = parsed.kind() === "ipv6" ? embeddedIpv4(parsed as ipaddr.IPv6) : null;
    return (carried ?? parsed).range() === "unicast";
  } catch {
    return false;
  }
}
