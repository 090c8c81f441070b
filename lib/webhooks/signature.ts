import { createHmac } from "node:crypto";

/** The header every webhook POST carries (README, "Webhooks"): `t=<unix seconds>,v1=<hex HMAC>`. */
export const SIGNATURE_HEADER = "Uade-Signature";

/** The signature of a raw body at a time: HMAC-SHA256(secret, "<t>.<body>") in hex (the Stripe convention). */
export function signatureHeader(secret: string, rawBody: string, unixSeconds: number): string {
  const v1 = createHmac("sha256", secret).update(`${unixSeconds}.${rawBody}`).digest("hex");
  return `t=${unixSeconds},v1=${v1}`;
}
