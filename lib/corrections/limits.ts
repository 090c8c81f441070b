import { createHmac } from "node:crypto";

/**
 * Abuse limits for readers' corrections, kept by the app itself (no third-party service). Counted
 * over stored corrections in a sliding window, so a refusal lifts by itself and refused posts add
 * nothing: per address, 5 in 10 minutes (a real reader sends one or two); for everyone together,
 * 100 in 10 minutes, so a flood from many addresses cannot bury the inbox either.
 */
export const CORRECTION_LIMITS = {
  windowMs: 10 * 60 * 1000,
  perAddress: 5,
  global: 100,
} as const;

export type CorrectionCounts = { fromAddress: number; fromEveryone: number };

export type LimitDecision = { isAllowed: true } | { isAllowed: false; scope: "address" | "global" };

/** Decides from the counts in the window whether one more correction may be stored. */
export function decideCorrectionLimit(counts: CorrectionCounts): LimitDecision {
  if (counts.fromAddress >= CORRECTION_LIMITS.perAddress) return { isAllowed: false, scope: "address" };
  if (counts.fromEveryone >= CORRECTION_LIMITS.global) return { isAllowed: false, scope: "global" };
  return { isAllowed: true };
}

/** Stored when the address cannot be known (lib/http/client-address.ts): such senders share one bucket. */
export const UNKNOWN_ADDRESS_HASH = "unknown";

/** A keyed hash of the sender's address: enough to count, useless to identify anyone if the database leaks. */
export function hashAddress(address: string | null, secret: string): string {
  if (!address) return UNKNOWN_ADDRESS_HASH;
  return createHmac("sha256", secret).update(`correction-address:${address}`).digest("hex").slice(0, 32);
}
