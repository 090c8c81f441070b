import ipaddr from "ipaddr.js";
import { isIP } from "node:net";

/**
 * Which peers a safe fetch may talk to. Normally only public unicast addresses: loopback,
 * private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local (169.254/16 — cloud metadata at
 * 169.254.169.254 —, fe80::/10), carrier-grade NAT, multicast, broadcast, reserved, unspecified,
 * IPv4-mapped and other transition ranges are refused.
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

/** True when `address` (an IP literal) may be connected to under `policy`. */
export function isAllowedAddress(address: string, policy: AddressPolicy): boolean {
  if (isIP(address) === 0) return false;
  if (policy.loopbackOnly) return LOOPBACK.includes(address);
  try {
    return ipaddr.parse(address).range() === "unicast";
  } catch {
    return false;
  }
}
