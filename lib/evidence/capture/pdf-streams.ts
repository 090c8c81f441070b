import pako from "pako";
import { TooComplexError } from "../../parse-worker/too-complex";

/**
 * One stream's unpacked bytes, at most (content streams, fonts). A page's content is a few hundred
 * KB even for dense tables; a 74 KB PDF whose one content stream unpacked to 24 MB held the server
 * 11–21 s in PDF.js.
 */
export const MAX_PDF_STREAM_BYTES = 8 * 1024 * 1024;
/** All streams' unpacked bytes together, at most (images, never decoded for text, not counted). */
export const MAX_PDF_UNPACKED_BYTES = 48 * 1024 * 1024;

class PastLimit extends Error {}

/**
 * Bytes a deflate stream unpacks to, counted as they come and stopped past `limit` (limit + 1 then).
 * Pure JavaScript (pako), not node:zlib: this runs in a worker that may be killed at any instruction
 * (deadline, heap cap), and Node aborts the whole process when a worker dies between creating a
 * native zlib handle and initialising it ("close before init", seen once in the test suite).
 */
export function inflatedLength(data: Uint8Array, limit: number): number {
  const inflator = new pako.Inflate({ chunkSize: 64 * 1024 });
  let length = 0;
  inflator.onData = (chunk) => {
    length += chunk.length;
    if (length > limit) throw new PastLimit();
  };
  // What came out before damaged data counts (PDF.js reads it as far as it can); pako reports the
  // damage in `inflator.err` instead of throwing.
  inflator.onEnd = () => {};
  try {
    inflator.push(data, true);
  } catch (error) {
    if (error instanceof PastLimit) return limit + 1;
    throw error;
  }
  return length;
}

const STREAM_KEYWORD = /(?<!end)stream(?:\r\n|\n|\r)/g;

/**
 * Unpacks every Flate-encoded stream of a PDF while counting its bytes (never trusting /Length or
 * any other declared size), and throws TooComplexError when one stream or all together exceed the
 * limits above. Runs before PDF.js, which would unpack them whole.
 */
export async function checkPdfUnpackedSize(bytes: Buffer): Promise<void> {
  const text = bytes.toString("latin1");
  let total = 0;
  for (const match of text.matchAll(STREAM_KEYWORD)) {
    const start = match.index + match[0].length;
    // The stream's dictionary: what precedes the keyword back to its object's start.
    const before = text.slice(Math.max(0, match.index - 4096), match.index);
    const dictionary = before.slice(before.lastIndexOf(" obj") + 1);
    if (!/\/(FlateDecode|Fl)\b/.test(dictionary) || /\/Subtype\s*\/Image\b/.test(dictionary)) continue;
    const end = text.indexOf("endstream", start);
    const data = bytes.subarray(start, end < 0 ? bytes.length : end);
    const length = inflatedLength(data, Math.min(MAX_PDF_STREAM_BYTES, MAX_PDF_UNPACKED_BYTES - total));
    if (length > MAX_PDF_STREAM_BYTES)
      throw new TooComplexError(`a PDF stream unpacks to more than ${MAX_PDF_STREAM_BYTES} bytes`);
    total += length;
    if (total > MAX_PDF_UNPACKED_BYTES)
      throw new TooComplexError(`PDF streams unpack to more than ${MAX_PDF_UNPACKED_BYTES} bytes`);
  }
}
