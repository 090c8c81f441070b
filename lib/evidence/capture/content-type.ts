/** The types Uade recognises in captured bytes; anything else is kept as application/octet-stream. */
export type SniffedType =
  | "text/html"
  | "text/plain"
  | "application/pdf"
  | "image/png"
  | "image/jpeg"
  | "image/gif"
  | "image/webp"
  | "application/zip"
  | "application/octet-stream";

function startsWith(head: Buffer, signature: number[], offset = 0): boolean {
  return signature.every((byte, index) => head[offset + index] === byte);
}

/** What the first bytes of a body are, by their signature (never by what the server said). */
export function sniffContentType(head: Buffer): SniffedType {
  if (head.subarray(0, 1024).includes(Buffer.from("%PDF-"))) return "application/pdf";
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(head, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(head, [0x47, 0x49, 0x46, 0x38])) return "image/gif";
  if (startsWith(head, [0x52, 0x49, 0x46, 0x46]) && startsWith(head, [0x57, 0x45, 0x42, 0x50], 8)) return "image/webp";
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return "application/zip";
  if (head.includes(0)) return "application/octet-stream";
  const start = head
    .subarray(0, 1024)
    .toString("latin1")
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, "")
    .trimStart()
    .toLowerCase();
  if (/^<(!doctype html|html|head|body|meta|title|!--|div|p|table|script|style|link|h[1-6])[\s>]/.test(start))
    return "text/html";
  return "text/plain";
}

/** The media type of a Content-Type header, lower-cased, without parameters ("" when absent). */
export function essenceOf(header: string | undefined): string {
  return (header ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

/** The charset parameter of a Content-Type header, if any. */
export function charsetOf(header: string | undefined): string | undefined {
  return /charset\s*=\s*"?([\w.:-]+)/i.exec(header ?? "")?.[1];
}

const TEXT_DECLARED = new Set([
  "text/html",
  "application/xhtml+xml",
  "text/plain",
  "text/csv",
  "text/xml",
  "application/xml",
]);

/**
 * The type to record for a capture, or null when the server's Content-Type contradicts the bytes
 * (a "PDF" that is HTML, an "image" that is a script, "text" that is binary): such a capture is
 * refused with the reason content-type-mismatch rather than kept under a false type.
 */
export function settleContentType(declaredHeader: string | undefined, sniffed: SniffedType): string | null {
  const declared = essenceOf(declaredHeader);
  if (declared === "" || declared === "application/octet-stream" || declared === "binary/octet-stream") return sniffed;
  if (declared === "application/pdf") return sniffed === "application/pdf" ? declared : null;
  if (declared.startsWith("image/"))
    return sniffed === declared || (declared === "image/jpg" && sniffed === "image/jpeg") ? sniffed : null;
  if (TEXT_DECLARED.has(declared))
    return sniffed === "text/html" || sniffed === "text/plain"
      ? declared === "application/xhtml+xml"
        ? "text/html"
        : declared
      : null;
  // Other declared types (Word, spreadsheets, …) are kept, and only ever served as downloads.
  return sniffed === "text/html" ? null : declared;
}
