import { describe, expect, it } from "vitest";
import { decodeUpload, MAX_IMPORT_BYTES } from "./decode";
import { detectDelimiter, parseCsv, readParsedFile, serialiseParsedFile } from "./parse";
import { inEnglish } from "@/lib/forms/english-messages";

/** The English words of a refused decode or parse (its message is a token). */
const english = (result: { isOk: boolean; message?: string }) => inEnglish(result.isOk ? "" : (result.message ?? ""));

const utf8 = (text: string) => new TextEncoder().encode(text);
const withBom = (text: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);

describe("decodeUpload", () => {
  it("reads UTF-8 with or without a BOM", async () => {
    expect(decodeUpload(utf8("slug\nқазақстан"))).toEqual({ isOk: true, text: "slug\nқазақстан", note: null });
    const withMark = decodeUpload(withBom("slug"));
    expect(withMark.isOk && (await parseCsv(withMark.text))).toMatchObject({ headers: ["slug"] });
  });

  it("says a file is empty, or not a CSV at all (an image, a PDF, an Excel workbook), instead of reading it as text", () => {
    expect(english(decodeUpload(new Uint8Array()))).toBe("The file is empty.");
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(english(decodeUpload(png))).toMatch(/^This is not a CSV file/);
    expect(english(decodeUpload(utf8("%PDF-1.7\n…")))).toMatch(/^This is not a CSV file/);
    expect(english(decodeUpload(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 20, 0])))).toMatch(
      /^This is an Excel workbook, not a CSV file/,
    );
  });

  it("converts a Windows-1251 file correctly and says so", async () => {
    // "slug;title\nabc;Отмена смертной казни" as Excel writes it in Russian Windows.
    const text = "slug;title\r\nabc;Отмена смертной казни\r\n";
    const bytes = Uint8Array.from(
      [...text].map((ch) => {
        const code = ch.charCodeAt(0);
        if (code < 0x80) return code;
        if (code >= 0x0410 && code <= 0x044f) return code - 0x0410 + 0xc0;
        throw new Error(`test encoder lacks ${ch}`);
      }),
    );
    const result = decodeUpload(bytes);
    expect(result).toMatchObject({ isOk: true, text });
    expect(inEnglish((result.isOk && result.note) || "")).toMatch(/Windows-1251/);
  });

  it("attack: refuses a Latin-1 file instead of importing it as Windows-1251 mojibake, with instructions", async () => {
    // "slug,title\nabc,Café ñ ü ß" as Latin-1 / Windows-1252 writes it.
    const latin1 = Uint8Array.from(
      [..."slug,title\nabc,Caf"].map((ch) => ch.charCodeAt(0)).concat([0xe9, 0x20, 0xf1, 0x20, 0xfc, 0x20, 0xdf, 0x0a]),
    );
    const result = decodeUpload(latin1);
    expect(english(result)).toMatch(
      /^The file seems to be in a Western European encoding \(Latin-1 or Windows-1252\).*CSV UTF-8/,
    );
    // A Russian file in Windows-1251 naming a Latin brand is still converted.
    const russian = Uint8Array.from(
      [..."slug,title\nabc,iPhone "]
        .map((ch) => ch.charCodeAt(0))
        .concat([0xcf, 0xf0, 0xe8, 0xed, 0xff, 0xf2, 0xfc, 0x20, 0xe7, 0xe0, 0xea, 0xee, 0xed, 0x0a]),
    );
    expect(decodeUpload(russian)).toMatchObject({ isOk: true, text: "slug,title\nabc,iPhone Принять закон\n" });
  });

  it("refuses bytes that are neither UTF-8 nor plausible Windows-1251, with instructions", async () => {
    const result = decodeUpload(Uint8Array.from([0x73, 0x6c, 0x75, 0x67, 0x0a, 0x81, 0x83, 0x98, 0x8d]));
    expect(result).toMatchObject({ isOk: false });
    expect(inEnglish((!result.isOk && result.message) || "")).toMatch(/CSV UTF-8/);
  });

  it("attack: refuses a file holding NUL or a non-character, naming the line and the character", async () => {
    expect(english(decodeUpload(utf8("slug,title\nabc,ok\ndef,bad\uFFFE title\n")))).toBe(
      "Line 3 contains an invisible character that cannot be stored (U+FFFE). Delete it (it often comes with copied text) and upload the file again.",
    );
    expect(english(decodeUpload(utf8("slug\nab\u0000c\n")))).toMatch(/^Line 2 .*\(U\+0000\)/);
  });

  it("refuses broken UTF-16, empty and oversized files", async () => {
    expect(english(decodeUpload(Uint8Array.from([0xff, 0xfe, 0x73, 0x00, 0x00, 0xd8])))).toMatch(/UTF-16/);
    expect(english(decodeUpload(new Uint8Array()))).toBe("The file is empty.");
    expect(english(decodeUpload(new Uint8Array(MAX_IMPORT_BYTES + 1)))).toMatch(/limit is 5 MB/);
  });
});

describe("parseCsv", () => {
  it("reads a semicolon-delimited CRLF file with a BOM, Cyrillic text and an embedded new line", async () => {
    const decoded = decodeUpload(
      withBom('Slug;Title;Justification\r\nabc;Қазақстан;"бірінші жол\r\nекінші; жол"\r\ndef;"Say ""yes""";\r\n'),
    );
    if (!decoded.isOk) throw new Error(decoded.message);
    const parsed = await parseCsv(decoded.text);
    expect(parsed).toEqual({
      isOk: true,
      delimiter: ";",
      headers: ["slug", "title", "justification"],
      rows: [
        { rowNumber: 2, values: { slug: "abc", title: "Қазақстан", justification: "бірінші жол\r\nекінші; жол" } },
        { rowNumber: 3, values: { slug: "def", title: 'Say "yes"', justification: "" } },
      ],
    });
  });

  it("detects commas and semicolons from the header", async () => {
    expect(detectDelimiter("a,b,c\n1;2")).toBe(",");
    expect(detectDelimiter("\uFEFFa;b\n1,2,3,4")).toBe(";");
  });

  it("reports malformed quotes with the line, instead of guessing", async () => {
    const result = await parseCsv('slug,title\nabc,"never closed\n');
    expect(result).toMatchObject({ isOk: false });
    expect(inEnglish((!result.isOk && result.message) || "")).toMatch(/near line 2: a quoted field is never closed/);
    const stray = await parseCsv('slug,title\nabc,a "quoted" word\n');
    expect(stray).toMatchObject({ isOk: false });
  });

  it("refuses a header with a repeated column", async () => {
    expect(english(await parseCsv("slug,Slug\n1,2"))).toBe("The column “slug” appears twice in the header row.");
  });

  it("undoes the apostrophe our exports put before formula-like cells", async () => {
    const parsed = await parseCsv("slug,title\nabc,'=1+1\n");
    expect(parsed.isOk && parsed.rows[0]?.values.title).toBe("=1+1");
  });

  it("attack: a header wider than 200 columns, or a row, is refused at once with the limit named", async () => {
    const wide = `${Array.from({ length: 201 }, (_, index) => `c${index}`).join(",")}\n`;
    expect(english(await parseCsv(wide))).toBe(
      "The header row has 201 columns; the limit is 200. Delete the columns you do not " +
        "need (or copy only the import’s columns to a new sheet) and upload the file again.",
    );
    expect(english(await parseCsv(`slug\nabc${",".repeat(300)}\n`))).toMatch(
      /^Row 2 has 301 cells; the limit is 200\./,
    );
    expect((await parseCsv(`${Array.from({ length: 200 }, (_, index) => `c${index}`).join(",")}\n`)).isOk).toBe(true);
  });

  it("attack: duplicate headers among 200 columns are found in one pass (the check was quadratic)", async () => {
    const headers = [...Array.from({ length: 199 }, (_, index) => `c${index}`), "C7"];
    expect(english(await parseCsv(`${headers.join(",")}\n`))).toBe("The column “c7” appears twice in the header row.");
  });

  it("keeps emoji and other surrogate pairs whole wherever the reader pauses", async () => {
    const title = "🇰🇿".repeat(4_500);
    const parsed = await parseCsv(`slug,title\nabc,${title}\n`);
    expect(parsed.isOk && parsed.rows[0]?.values.title).toBe(title);
  });

  it("keeps the parse with the draft: what is stored reads back as the same rows", async () => {
    const parsed = await parseCsv('slug;title;unused\r\nabc;"two\nlines";x\r\ndef;"say ""hi""";y\r\n');
    if (!parsed.isOk) throw new Error(parsed.message);
    const stored = await readParsedFile(await serialiseParsedFile(parsed));
    expect(stored).toEqual({ delimiter: ";", headers: ["slug", "title", "unused"], rows: parsed.rows });
    expect(parsed.rows[0]?.values).toEqual({ slug: "abc", title: "two\nlines" });
    expect(await readParsedFile("slug,title\nabc,x")).toBeNull();
  });
});
