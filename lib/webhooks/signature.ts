import { createHmac, timingSafeEqual } from "node:crypto";

/** The header every webhook POST carries (README, "Webhooks"): `t=<unix seconds>,v1=<hex HMAC>`. */
export const SIGNATURE_HEADER = "Uade-Signature";

/** The signature of a raw body at a time: HMAC-SHA256(secret, "<t>.<body>") in hex (the Stripe convention). */
export function signatureHeader(secret: string, rawBody: string, unixSeconds: number): string {
  const v1 = createHmac("sha256", secret).update(`${unixSeconds}.${rawBody}`).digest("hex");
  return `t=${unixSeconds},v1=${v1}`;
}

/**
 * The receiver's side of the recipe, as documented: parse t and v1, recompute, compare in
 * constant time, and refuse a timestamp older than `toleranceSeconds` (replays).
 */
export function verifySignature(secret: string, rawBody: string, header: string, nowSeconds: number, toleranceSeconds = 300): boolean {
  const parts = Object.fromEntries(header.split(",").map((part) => part.trim().split("=", 2) as [string, string]));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || !parts.v1 || Math.abs(nowSeconds - t) > toleranceSeconds) return false;
  const expected = Buffer.from(createHmac("sha256", secret).update(`${t}.${rawBody}`).digest("hex"));
  const given = Buffer.from(parts.v1);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
