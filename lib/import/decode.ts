import { message } from "@/lib/forms/messages";
import { findUnsafeCharacter } from "@/lib/text/unsafe-characters";
/** Largest file the import accepts, and most data rows: stated in the upload form too. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 10_000;
/** Widest header (and row) accepted: our files have about 20 columns; wider ones are refused at once. */
export const MAX_IMPORT_COLUMNS = 200;
/** Longest cell accepted: the longest text any field takes is 5,000 characters. */
export const MAX_IMPORT_CELL = 20_000;

export type DecodeResult = { isOk: true; text: string; note: string | null } | { isOk: false; message: string };

const SAVE_AS_UTF8 = message("saveAsUtf8");

// Letters Windows-1251 can encode that a Russian or Kazakh file plausibly contains: Cyrillic,
// Latin, digits, punctuation and white space. Anything else suggests a different encoding.
const PLAUSIBLE_1251_TEXT =
  /^[\p{Script=Cyrillic}\p{Script=Latin}\p{Number}\p{Punctuation}\p{Separator}\p{Symbol}\t\r\n]*$/u;

// File signatures of what people upload by mistake: an Excel workbook (.xlsx is a ZIP, .xls an
// OLE container), a PDF, an image. Text files never start with these bytes.
const SIGNATURES: readonly [kind: "workbook" | "binary", bytes: readonly number[]][] = [
  ["workbook", [0x50, 0x4b, 0x03, 0x04]],
  ["workbook", [0xd0, 0xcf, 0x11, 0xe0]],
  ["binary", [0x25, 0x50, 0x44, 0x46]],
  ["binary", [0x89, 0x50, 0x4e, 0x47]],
  ["binary", [0xff, 0xd8, 0xff]],
  ["binary", [0x47, 0x49, 0x46, 0x38]],
  ["binary", [0x52, 0x49, 0x46, 0x46]],
];

/** "workbook" or "binary" when the file starts with a known non-text signature (a NUL inside text is refused by line later). */
function binaryKind(bytes: Uint8Array): "workbook" | "binary" | null {
  return SIGNATURES.find(([, head]) => head.every((byte, index) => bytes[index] === byte))?.[0] ?? null;
}

/**
 * Turns an uploaded file into text. UTF-8, with or without a byte-order mark, is read as it is;
 * UTF-16 with a byte-order mark (Excel's "Unicode text", tab-separated) is decoded. A file that is
 * not valid UTF-8 but reads cleanly as Cyrillic is converted from Windows-1251 (Excel's "CSV" in
 * Russian Windows) or KOI8-R (old Unix exports), whichever gives ordinary lower-case text, and the
 * note says so; anything else is refused with instructions, so nothing is imported as mojibake.
 * `maxBytes` is the browser's limit unless the command line passes its own.
 */
export function decodeUpload(bytes: Uint8Array, { maxBytes = MAX_IMPORT_BYTES } = {}): DecodeResult {
  if (bytes.byteLength === 0) return { isOk: false, message: message("fileEmpty") };
  if (bytes.byteLength > maxBytes) {
    return {
      isOk: false,
      message: message("fileSize", {
        size: Number((bytes.byteLength / 1024 / 1024).toFixed(1)),
        limit: maxBytes / 1024 / 1024,
      }),
    };
  }
  const binary = binaryKind(bytes);
  if (binary)
    return {
      isOk: false,
      message: message(binary === "workbook" ? "fileWorkbook" : "fileNotCsv", { instructions: SAVE_AS_UTF8 }),
    };
  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    try {
      const text = new TextDecoder(utf16, { fatal: true }).decode(bytes);
      return refuseUnsafe(text) ?? { isOk: true, text, note: message("fileUtf16Converted") };
    } catch {
      return { isOk: false, message: message("fileUtf16", { instructions: SAVE_AS_UTF8 }) };
    }
  }
  try {
    // fatal: invalid UTF-8 throws instead of producing replacement characters.
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return refuseUnsafe(text) ?? { isOk: true, text, note: null };
  } catch {
    const text = new TextDecoder("windows-1251").decode(bytes);
    if (looksLikeLatin1(text)) return { isOk: false, message: message("fileLatin1", { instructions: SAVE_AS_UTF8 }) };
    if (PLAUSIBLE_1251_TEXT.test(text) && /\p{Script=Cyrillic}/u.test(text)) {
      // KOI8-R puts lower-case letters where Windows-1251 has capitals: the reading with more
      // lower-case Cyrillic letters is the right one.
      const koi8 = new TextDecoder("koi8-r").decode(bytes);
      if (lowerCaseShare(koi8) > lowerCaseShare(text))
        return refuseUnsafe(koi8) ?? { isOk: true, text: koi8, note: message("fileKoi8Converted") };
      return refuseUnsafe(text) ?? { isOk: true, text, note: message("file1251Converted") };
    }
    return { isOk: false, message: message("fileNotUtf8", { instructions: SAVE_AS_UTF8 }) };
  }
}

/**
 * The encoding of a file read in pieces (the command line's streaming import), judged from its
 * first bytes as decodeUpload judges a whole file: a UTF-16 or UTF-8 sample (a character cut at
 * the sample's end allowed), else Windows-1251 or KOI8-R, else refused with instructions.
 */
export function chooseTextEncoding(
  sample: Uint8Array,
): { isOk: true; encoding: string; note: string | null } | { isOk: false; message: string } {
  if (sample.byteLength === 0) return { isOk: false, message: message("fileEmpty") };
  const utf16 = binaryKind(sample) ? null : utf16Encoding(sample);
  if (utf16) return { isOk: true, encoding: utf16, note: message("fileUtf16Converted") };
  if (!binaryKind(sample))
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(sample, { stream: true });
      return { isOk: true, encoding: "utf-8", note: null };
    } catch {
      // Not UTF-8: decodeUpload tells a Cyrillic single-byte encoding from what it refuses.
    }
  const decoded = decodeUpload(sample, { maxBytes: Number.POSITIVE_INFINITY });
  if (!decoded.isOk) return decoded;
  const isKoi8 = decoded.note === message("fileKoi8Converted");
  return { isOk: true, encoding: isKoi8 ? "koi8-r" : "windows-1251", note: decoded.note };
}

/** "utf-16le"/"utf-16be" from a byte-order mark, or from the zero bytes of Latin text without one. */
function utf16Encoding(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (bytes.byteLength < 4 || bytes.byteLength % 2 !== 0) return null;
  // A header of Latin letters in UTF-16 has a zero in every other byte.
  const sample = Math.min(bytes.byteLength, 200);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < sample; index += 2) {
    if (bytes[index] === 0) evenZeros += 1;
    if (bytes[index + 1] === 0) oddZeros += 1;
  }
  const pairs = sample / 2;
  if (oddZeros > pairs * 0.8 && evenZeros === 0) return "utf-16le";
  if (evenZeros > pairs * 0.8 && oddZeros === 0) return "utf-16be";
  return null;
}

/** Share of Cyrillic letters that are lower-case (ordinary text: most of them). */
function lowerCaseShare(text: string): number {
  const sample = text.slice(0, 100_000);
  const lower = sample.match(/[а-яё]/gu)?.length ?? 0;
  const upper = sample.match(/[А-ЯЁ]/gu)?.length ?? 0;
  return lower + upper === 0 ? 0 : lower / (lower + upper);
}

/** A file holding NUL or a non-character (U+FFFE, U+FFFF…) is refused, naming the line. */
function refuseUnsafe(text: string): DecodeResult | null {
  const found = findUnsafeCharacter(text);
  if (!found) return null;
  let line = 1;
  for (let index = text.indexOf("\n"); index !== -1 && index < found.index; index = text.indexOf("\n", index + 1))
    line += 1;
  return { isOk: false, message: message("fileForbiddenCharacter", { line, code: found.code }) };
}

/**
 * A Western European file (Latin-1 / Windows-1252: "Café ñ ü ß") read as Windows-1251 turns its
 * accented letters into Cyrillic ones inside Latin words ("Cafй с ь Я"). Real Russian or Kazakh
 * text almost never mixes the two alphabets within a word, so when at least a fifth of the words
 * holding Cyrillic letters also hold Latin ones, the file is refused instead of imported as mojibake.
 */
export function looksLikeLatin1(text: string): boolean {
  let cyrillicWords = 0;
  let mixedWords = 0;
  for (const [word] of text.matchAll(/\p{L}+/gu)) {
    if (!/\p{Script=Cyrillic}/u.test(word)) continue;
    cyrillicWords += 1;
    if (/\p{Script=Latin}/u.test(word)) mixedWords += 1;
  }
  return mixedWords > 0 && mixedWords * 5 >= cyrillicWords;
}
