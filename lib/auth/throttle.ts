import { currentInstant } from "@/lib/calendar";

/**
 * Brute-force limits for sign-in. Failures are counted in a sliding window, so a refusal lifts by
 * itself once old failures age out, and refused attempts are not recorded, so hammering a locked
 * account does not extend the lock.
 *
 * Per account: 10 failures in 15 minutes from anywhere refuse further attempts for that email,
 * except from an address the account signed in from successfully in the last 30 days, which only
 * counts its own failures; an attacker elsewhere cannot lock the real user out of their usual
 * address. Per address: 50 failures in 15 minutes, across all accounts (password spraying).
 */
export const SIGN_IN_LIMITS = {
  windowMs: 15 * 60 * 1000,
  maxFailuresPerAccount: 10,
  maxFailuresPerAddress: 50,
  knownAddressMs: 30 * 24 * 60 * 60 * 1000,
  /** Attempts older than this are deleted: they no longer count for anything. */
  retentionMs: 24 * 60 * 60 * 1000,
} as const;

/** Stored as the address when none can be known (lib/http/client-address.ts): it has no per-address limit. */
export const UNKNOWN_ADDRESS = "unknown";

export type AttemptCounts = {
  /** Failures for the account in the window (from its own address only, when that address is known). */
  accountFailures: number;
  addressFailures: number;
  /** When the oldest failure still counted for each limit will age out. */
  oldestAccountFailureAt: Date | null;
  oldestAddressFailureAt: Date | null;
};

export type ThrottleDecision =
  { isAllowed: true } | { isAllowed: false; scope: "account" | "address"; retryAfterMinutes: number };

/** Decides from the counts whether another attempt may be checked now. */
export function decideThrottle(counts: AttemptCounts, now: Date = currentInstant()): ThrottleDecision {
  if (counts.addressFailures >= SIGN_IN_LIMITS.maxFailuresPerAddress) {
    return {
      isAllowed: false,
      scope: "address",
      retryAfterMinutes: minutesUntilLifted(counts.oldestAddressFailureAt, now),
    };
  }
  if (counts.accountFailures >= SIGN_IN_LIMITS.maxFailuresPerAccount) {
    return {
      isAllowed: false,
      scope: "account",
      retryAfterMinutes: minutesUntilLifted(counts.oldestAccountFailureAt, now),
    };
  }
  return { isAllowed: true };
}

function minutesUntilLifted(oldest: Date | null, now: Date): number {
  if (!oldest) return 1;
  const remaining = oldest.getTime() + SIGN_IN_LIMITS.windowMs - now.getTime();
  return Math.max(1, Math.ceil(remaining / 60_000));
}
