import { createHash } from "node:crypto";

/**
 * The `script-src` of a Content Security Policy allowing exactly the inline scripts of one
 * complete HTML page, by hash, instead of `'unsafe-inline'`. Next.js's inline scripts carry each
 * page's own React payload, so the hashes differ per page and per data change: they can only be
 * computed from the finished page, which is what a response cache storing whole pages has when it
 * fills an entry (the entry then keeps this policy beside its body). Uncached pages need a nonce
 * instead (see README, "Content Security Policy").
 */
export function scriptSrcForPage(html: string, base = "'self'"): string {
  const hashes = new Set<string>();
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [, attributes = "", body = ""] = match;
    if (/\bsrc\s*=/i.test(attributes)) continue;
    hashes.add(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  return ["script-src", base, ...hashes].join(" ");
}
