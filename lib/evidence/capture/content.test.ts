import { describe, expect, it } from "vitest";
import { settleContentType, sniffContentType } from "./content-type";
import { decodeText, extractHtml, MAX_HTML_DEPTH, textFingerprint } from "./extract";

describe("what captured bytes are", () => {
  it.each([
    [Buffer.from("%PDF-1.7\n..."), "application/pdf"],
    [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1]), "image/png"],
    [Buffer.from([0xff, 0xd8, 0xff, 0xe0]), "image/jpeg"],
    [Buffer.from("\uFEFF  <!DOCTYPE html><html>"), "text/html"],
    [Buffer.from("Закон Республики Казахстан"), "text/plain"],
    [Buffer.from([1, 2, 0, 4]), "application/octet-stream"],
  ])("sniffs %j as %s", (bytes, type) => {
    expect(sniffContentType(bytes)).toBe(type);
  });

  it("believes a declared type only when the bytes agree", () => {
    expect(settleContentType("application/pdf", "application/pdf")).toBe("application/pdf");
    expect(settleContentType("application/pdf", "text/html")).toBeNull();
    expect(settleContentType("image/png", "text/html")).toBeNull();
    expect(settleContentType("text/html; charset=utf-8", "image/png")).toBeNull();
    expect(settleContentType("text/plain", "text/html")).toBe("text/plain");
    expect(settleContentType(undefined, "application/pdf")).toBe("application/pdf");
    expect(settleContentType("application/octet-stream", "text/html")).toBe("text/html");
    expect(
      settleContentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/zip"),
    ).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  });
});

describe("extracted text", () => {
  it("decodes Windows-1251 pages by their header or their meta tag", () => {
    const bytes = Buffer.from([0xc7, 0xe0, 0xea, 0xee, 0xed]); // "Закон" in Windows-1251
    expect(decodeText(bytes, "text/html; charset=windows-1251")).toBe("Закон");
    const page = Buffer.concat([Buffer.from('<meta charset="windows-1251"><p>'), bytes]);
    expect(decodeText(page, "text/html")).toContain("Закон");
  });

  it("reads the text of sloppy pages too (no </head>, unclosed paragraphs), without scripts", () => {
    expect(
      extractHtml("<html><head><title>T</title><meta charset=utf-8><body><p>x &amp; y</p><script>bad()</script><p>z"),
    ).toEqual({ title: "T", text: "x & y\nz" });
  });

  it("gives the same fingerprint for the same words in different markup", () => {
    const a = extractHtml(
      "<html><head><title>T</title></head><body><p>Article 5 guarantees a fair trial.</p></body></html>",
    );
    const b = extractHtml(
      '<html><body><div class="x">\n<p>Article 5  guarantees a fair trial.</p></div><script>var x = 1</script></body></html>',
    );
    expect(a.title).toBe("T");
    expect(a.text).toBe(b.text);
    expect(textFingerprint(a.text, "0")).toBe(textFingerprint(b.text, "1"));
    expect(textFingerprint(extractHtml("<p>Article 5 was repealed.</p>").text, "0")).not.toBe(
      textFingerprint(a.text, "0"),
    );
  });

  it("attack: refuses HTML nested deeper than the limit, but not long flat pages (void elements, implied closes, stray end tags)", () => {
    expect(() => extractHtml(`<body>${"<div>".repeat(MAX_HTML_DEPTH + 1)}x`)).toThrow(/too complex/);
    expect(extractHtml(`<body>${"<div>".repeat(MAX_HTML_DEPTH - 10)}x`).text).toBe("x");
    for (const flat of [
      `<p>${"line<br>".repeat(5_000)}</p>`,
      `<div>${"<img src=x><input>".repeat(5_000)}</div>`,
      "<p>a".repeat(5_000),
      `<ul>${"<li>a".repeat(5_000)}</ul>`,
      `<table>${"<tr><td>a<td>b".repeat(3_000)}</table>`,
      `${"</div>".repeat(5_000)}<p>x</p>`,
    ])
      expect(() => extractHtml(flat)).not.toThrow();
  });
});
