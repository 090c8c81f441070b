import { charsetOf, essenceOf } from "./content-type";

/** Types shown in the browser; anything else is only ever a download. */
const INLINE_TYPES = new Set([
  "text/html",
  "text/plain",
  "application/pdf",
  "image/png",
  "image/jpeg",
  "image/gif",
  "image/webp",
]);

const EXTENSIONS: Record<string, string> = {
  "text/html": "html",
  "text/plain": "txt",
  "application/pdf": "pdf",
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/gif": "gif",
  "image/webp": "webp",
};

/**
 * Headers for an archived copy. Captured HTML is rendered inert: a sandbox CSP (no scripts, no
 * forms, an opaque origin, so it never acts as Uade) that also blocks every outside resource, so
 * opening a copy tells no third party about the reader. Every copy carries nosniff; types Uade
 * does not show, and `?download`, come as attachments. Repr-Digest lets anyone check the SHA-256.
 */
export function archivedCopyHeaders(
  copy: { sha256: string; contentType: string | null; size: number },
  isDownload: boolean,
): Headers {
  const stored = copy.contentType ?? "application/octet-stream";
  const type = essenceOf(stored);
  const isInline = !isDownload && INLINE_TYPES.has(type);
  // The charset is the one the server declared; without one, HTML's own <meta charset> decides.
  const headers = new Headers({
    "content-type": INLINE_TYPES.has(type)
      ? type === "text/plain" && !charsetOf(stored)
        ? "text/plain; charset=utf-8"
        : stored
      : "application/octet-stream",
    "content-length": String(copy.size),
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cross-origin-resource-policy": "same-origin",
    "cache-control": "public, max-age=31536000, immutable",
    "repr-digest": `sha-256=:${Buffer.from(copy.sha256, "hex").toString("base64")}:`,
    "content-security-policy":
      type === "application/pdf" && isInline
        ? "default-src 'none'; object-src 'self'; frame-ancestors 'self'"
        : "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'; frame-ancestors 'none'",
  });
  if (!isInline)
    headers.set(
      "content-disposition",
      `attachment; filename="uade-copy-${copy.sha256.slice(0, 12)}.${EXTENSIONS[type] ?? "bin"}"`,
    );
  return headers;
}
