import { describe, expect, it } from "vitest";
import { inEnglish } from "@/lib/forms/english-messages";
import { decodeUpload } from "./decode";
import { parseCsv } from "./parse";
import { readImportFile } from "./read-file";

// Encodings as NGOs' files come: the header and a Russian row in each, decoded to the same text.
const TEXT = "Recommendation;Recommending State\r\nОбеспечить независимость судей;Эстония\r\n";

function encode(text: string, encoding: "utf-16le" | "utf-16be" | "koi8-r" | "windows-1251"): Uint8Array {
  if (encoding === "utf-16le" || encoding === "utf-16be") {
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set(encoding === "utf-16le" ? [0xff, 0xfe] : [0xfe, 0xff]);
    for (let index = 0; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      const [high, low] = [code >> 8, code & 0xff];
      bytes.set(encoding === "utf-16le" ? [low, high] : [high, low], 2 + index * 2);
    }
    return bytes;
  }
  // Single-byte Cyrillic encodings: find each letter's byte by decoding all 256.
  const table = new Map<string, number>();
  const decoder = new TextDecoder(encoding);
  for (let byte = 0; byte < 256; byte += 1) table.set(decoder.decode(Uint8Array.of(byte)), byte);
  return Uint8Array.from([...text].map((character) => table.get(character)!));
}

describe("decodeUpload reads the encodings files come in", () => {
  it.each(["utf-16le", "utf-16be", "koi8-r", "windows-1251"] as const)("%s", (encoding) => {
    const decoded = decodeUpload(encode(TEXT, encoding));
    expect(decoded.isOk && decoded.text.replace(/^\uFEFF/, "")).toBe(TEXT);
    const note = decoded.isOk ? inEnglish(decoded.note ?? "") : "";
    expect(note).toMatch(encoding === "koi8-r" ? /KOI8-R/ : encoding === "windows-1251" ? /Windows-1251/ : /UTF-16/);
  });

  it("reads UTF-8 with and without a byte-order mark as it is", () => {
    const plain = new TextEncoder().encode(TEXT);
    const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...plain]);
    for (const bytes of [plain, withBom]) {
      const decoded = decodeUpload(bytes);
      expect(decoded.isOk && decoded.text.replace(/^\uFEFF/, "")).toBe(TEXT);
    }
  });

  it("reads Excel's tab-separated Unicode text and old Mac files with CR-only line ends", async () => {
    const tabs = encode("Recommendation\tRecommending State\r\nОбеспечить\tЭстония\r\n", "utf-16le");
    const read = await readImportFile(tabs, "recommendations");
    expect(read.isOk && read.file.rows[0]?.values).toEqual({
      recommendation: "Обеспечить",
      "recommending state": "Эстония",
    });
    const mac = await parseCsv("slug,title\rfirst,One\rsecond,Two\r");
    expect(mac.isOk && mac.rows.map((row) => row.values.slug)).toEqual(["first", "second"]);
  });
});
