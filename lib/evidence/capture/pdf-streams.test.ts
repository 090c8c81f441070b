import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { isTooComplex } from "../../parse-worker/too-complex";
import { checkPdfUnpackedSize, inflatedLength, MAX_PDF_STREAM_BYTES, MAX_PDF_UNPACKED_BYTES } from "./pdf-streams";

/** A PDF-shaped text with one Flate stream per entry of `sizes` (MB of text each), packed small. */
function pdfWithStreams(sizes: number[]): Buffer {
  const parts: Buffer[] = [Buffer.from("%PDF-1.4\n", "latin1")];
  sizes.forEach((megabytes, index) => {
    const packed = deflateSync(Buffer.alloc(Math.round(megabytes * 1024 * 1024), "BT (x) Tj ET\n"));
    parts.push(
      Buffer.from(`${index + 1} 0 obj\n<< /Length ${packed.length} /Filter /FlateDecode >>\nstream\n`, "latin1"),
      packed,
      Buffer.from("\nendstream\nendobj\n", "latin1"),
    );
  });
  return Buffer.concat(parts);
}

async function refusal(bytes: Buffer): Promise<unknown> {
  return checkPdfUnpackedSize(bytes).then(
    () => null,
    (error: unknown) => error,
  );
}

describe("the unpacked size of a PDF's streams", () => {
  it("counts each stream's bytes as they come", () => {
    const text = Buffer.alloc(300_000, "abc");
    expect(inflatedLength(deflateSync(text), 1_000_000)).toBe(300_000);
    // Stopped just past the limit, without unpacking the rest.
    expect(inflatedLength(deflateSync(text), 100_000)).toBe(100_001);
  });

  it("counts what a damaged or cut stream gives before the damage", () => {
    const packed = deflateSync(Buffer.alloc(2_000_000, "The State party should ensure. "));
    const cut = inflatedLength(packed.subarray(0, Math.floor(packed.length / 2)), 10_000_000);
    expect(cut).toBeGreaterThan(500_000);
    expect(cut).toBeLessThan(2_000_000);
    expect(inflatedLength(Buffer.from("not deflate at all"), 1_000)).toBe(0);
  });

  it("passes an ordinary PDF and refuses one stream past its limit or all together past theirs", async () => {
    expect(await refusal(pdfWithStreams([0.5, 1]))).toBeNull();
    const oneTooBig = await refusal(pdfWithStreams([MAX_PDF_STREAM_BYTES / 1024 / 1024 + 1]));
    expect(isTooComplex(oneTooBig)).toBe(true);
    const perStream = (MAX_PDF_STREAM_BYTES / 1024 / 1024) * 0.9;
    const streams = Math.ceil(MAX_PDF_UNPACKED_BYTES / (perStream * 1024 * 1024)) + 1;
    const together = await refusal(pdfWithStreams(Array.from({ length: streams }, () => perStream)));
    expect(isTooComplex(together)).toBe(true);
    expect(String(together)).toMatch(/streams unpack to more than/);
  });
});
