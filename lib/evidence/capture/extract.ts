import { createHash } from "node:crypto";
import { Parser } from "htmlparser2";
import { TooComplexError } from "../../parse-worker/too-complex";
import { charsetOf } from "./content-type";

/** Extracted text kept per capture, at most (characters). */
export const MAX_TEXT_LENGTH = 1_000_000;
/** HTML read for extraction, at most (bytes): enough for any law text, bounded for huge pages. */
export const MAX_HTML_BYTES = 5 * 1024 * 1024;

/**
 * Elements open at once, at most. Real pages nest a few dozen deep; htmlparser2 keeps open elements
 * in an array it shifts at each start tag, so time grows with the square of the depth (100,000
 * nested divs: 10 s). A deeper page is `too-complex` long before that (2,000 levels: ~1 ms).
 */
export const MAX_HTML_DEPTH = 2_000;

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

/** Elements whose content is not the page's text. */
const SKIPPED = new Set(["script", "style", "noscript", "template", "head", "svg", "iframe", "object"]);
/** Elements that end a line of text. */
const BLOCKS = new Set([
  "p",
  "div",
  "br",
  "li",
  "ul",
  "ol",
  "tr",
  "table",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "section",
  "article",
  "header",
  "footer",
  "blockquote",
  "pre",
  "dd",
  "dt",
  "dl",
  "hr",
  "main",
  "nav",
  "aside",
  "figure",
  "figcaption",
  "form",
  "fieldset",
  "address",
  "caption",
]);

/**
 * Title and readable text of an HTML page, with htmlparser2's streaming parser (fast on large
 * law texts; entities decoded). Scripts, styles and the head are left out; block elements end lines.
 */
export function extractHtml(html: string): Extracted {
  const text: string[] = [];
  let title = "";
  let skipping = 0;
  let inTitle = false;
  let depth = 0;
  const parser = new Parser(
    {
      onopentagname(name) {
        depth += 1;
        if (depth > MAX_HTML_DEPTH) throw new TooComplexError(`HTML nested more than ${MAX_HTML_DEPTH} deep`);
        if (name === "title") inTitle = true;
        else if (SKIPPED.has(name)) skipping += 1;
        else if (BLOCKS.has(name)) text.push("\n");
      },
      onclosetag(name) {
        depth = Math.max(0, depth - 1);
        if (name === "title") inTitle = false;
        else if (SKIPPED.has(name)) skipping = Math.max(0, skipping - 1);
        else if (BLOCKS.has(name)) text.push("\n");
      },
      ontext(chunk) {
        if (inTitle) title += chunk;
        else if (skipping === 0) text.push(chunk);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(html);
  const body = normaliseText(text.join("")).slice(0, MAX_TEXT_LENGTH);
  return { title: normaliseText(title).slice(0, 500) || null, text: body || null };
}

/** The text of a plain-text file, as the watcher compares it. */
export function extractPlainText(text: string): Extracted {
  const body = normaliseText(text).slice(0, MAX_TEXT_LENGTH);
  return { title: null, text: body || null };
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
