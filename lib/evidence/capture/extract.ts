import { createHash } from "node:crypto";
import { convert } from "html-to-text";
import { charsetOf } from "./content-type";

/** Extracted text kept per capture, at most (characters). */
export const MAX_TEXT_LENGTH = 1_000_000;
/** HTML read for extraction, at most (bytes): enough for any law text, bounded for huge pages. */
export const MAX_HTML_BYTES = 5 * 1024 * 1024;

export type Extracted = { title: string | null; text: string | null };

/** Decodes text by its declared charset, else a <meta charset>, else UTF-8 (Kazakh sites still use windows-1251). */
export function decodeText(bytes: Buffer, contentTypeHeader: string | undefined): string {
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(bytes.subarray(0, 4096).toString("latin1"))?.[1];
  for (const label of [charsetOf(contentTypeHeader), meta, "utf-8"]) {
    if (!label) continue;
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // An unknown label: try the next one.
    }
  }
  return bytes.toString("utf8");
}

const HTML_OPTIONS = {
  wordwrap: false as const,
  selectors: [
    { selector: "a", options: { ignoreHref: true } },
    { selector: "img", format: "skip" },
    { selector: "script", format: "skip" },
    { selector: "style", format: "skip" },
    { selector: "noscript", format: "skip" },
    { selector: "template", format: "skip" },
    { selector: "head", format: "skip" },
  ],
};

/** Title and readable text of an HTML page. */
export function extractHtml(html: string): Extracted {
  const rawTitle = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
  const title = rawTitle ? normaliseText(convert(rawTitle, { wordwrap: false })).slice(0, 500) || null : null;
  const text = normaliseText(convert(html, HTML_OPTIONS)).slice(0, MAX_TEXT_LENGTH);
  return { title, text: text || null };
}

/** Collapses runs of spaces and blank lines, so the same words always give the same text. */
export function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/[\s\u00a0]+/g, " ").trim())
    .filter((line) => line.length > 0)
    .join("\n");
}

/** The fingerprint the watcher compares: the extracted text's SHA-256 (or the bytes' for images). */
export function textFingerprint(text: string | null, bytesSha256: string): string {
  return text === null ? bytesSha256 : createHash("sha256").update(text, "utf8").digest("hex");
}
