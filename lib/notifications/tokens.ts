import "server-only";
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { parseEnv } from "@/lib/env";

// Confirmation and unsubscribe links carry a token that is never stored: it is an HMAC of the
// subscription's random salt with a key derived from the server secret, so the worker can put the
// unsubscribe link into every mail without keeping it, and a copy of the database alone cannot
// forge one. The database keeps only SHA-256 hashes (to find the row); the check recomputes the
// HMAC and compares in constant time.

export type TokenPurpose = "confirm" | "unsubscribe";

let cachedKey: Buffer | null = null;

function notificationKey(): Buffer {
  cachedKey ??= createHmac("sha256", resolveAuthSecret(parseEnv())).update("uade.notifications.v1").digest();
  return cachedKey;
}

/** A fresh random salt for a new subscription. */
export function newTokenSalt(): string {
  return randomBytes(18).toString("base64url");
}

/** The link token of a subscription for one purpose (derived, never stored). */
export function tokenFor(purpose: TokenPurpose, salt: string): string {
  return createHmac("sha256", notificationKey()).update(`${purpose}.${salt}`).digest("base64url");
}

/** What the database keeps of a token: its SHA-256, hex. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** True when `presented` is the token of `salt` for `purpose`, compared in constant time. */
export function isTokenOf(purpose: TokenPurpose, salt: string, presented: string): boolean {
  const expected = Buffer.from(tokenFor(purpose, salt));
  const given = Buffer.from(presented);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** Tokens are 43 base64url characters; anything else is refused before touching the database. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
