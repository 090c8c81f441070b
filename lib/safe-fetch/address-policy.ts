import ipaddr from "ipaddr.js";
import { isIP } from "node:net";

/**
 * Which peers a safe fetch may talk to. Only public unicast addresses are allowed: loopback,
 * private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local (169.254/16 — cloud metadata at
 * 169.254.169.254 —, fe80::/10), carrier-grade NAT, multicast, broadcast, reserved, unspecified,
 * IPv4-mapped and other transition ranges are refused. `allowLoopback` (tests only, set by
 * CAPTURE_ALLOW_PRIVATE_ADDRESSES) lets 127.0.0.1 and ::1 through and nothing else.
 */
export type AddressPolicy = { allowLoopback: boolean };

// Exact addresses, not ranges: request-filtering-agent compares single IPs as strings, and the
// tests' servers listen on 127.0.0.1.
const LOOPBACK = ["127.0.0.1", "::1"];

/** The CIDR list request-filtering-agent lets through before its own range check. */
export function allowListOf(policy: AddressPolicy): string[] {
  return policy.allowLoopback ? LOOPBACK : [];
}

/** True when `address` (an IP literal) may be connected to under `policy`. */
export function isAllowedAddress(address: string, policy: AddressPolicy): boolean {
  if (isIP(address) === 0) return false;
  if (policy.allowLoopback && LOOPBACK.includes(address)) return true;
  try {
    return ipaddr.parse(address).range() === "unicast";
  } catch {
    return false;
  }
}
