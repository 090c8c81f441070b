import { createDeflateRaw, crc32, deflateSync } from "node:zlib";
import JSZip from "jszip";

// Hostile documents for the attack tests (attack.test.ts) and `npm run stress`, built on the spot
// (nothing is downloaded or checked in): each reproduces a case of issue 22.

/**
 * A small PDF (tens of KB) whose one page's content stream unpacks to about `megabytes` MB of text
 * operators: the file that held every request for 11–21 s when PDF.js read it on the event loop.
 */
export function pdfBomb(megabytes = 24): Buffer {
  const operator = "(Torture is prohibited.) Tj 0 -1 Td\n";
  const content = `BT /F1 9 Tf 10 780 Td\n${operator.repeat(Math.ceil((megabytes * 1024 * 1024) / operator.length))}ET`;
  const packed = deflateSync(content, { level: 9 });
  const parts: Buffer[] = [Buffer.from("%PDF-1.4\n", "latin1")];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  const add = (...chunks: Buffer[]) => {
    offsets.push(length);
    for (const chunk of chunks) {
      parts.push(chunk);
      length += chunk.length;
    }
  };
  const text = (value: string) => Buffer.from(value, "latin1");
  add(text("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"));
  add(text("2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"));
  add(
    text(
      "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>\nendobj\n",
    ),
  );
  add(text("4 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>\nendobj\n"));
  add(
    text(`5 0 obj\n<< /Length ${packed.length} /Filter /FlateDecode >>\nstream\n`),
    packed,
    text("\nendstream\nendobj\n"),
  );
  const xref = length;
  parts.push(
    text(
      `xref\n0 6\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("")}` +
        `trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`,
    ),
  );
  return Buffer.concat(parts);
}

/** About `megabytes` MB of `<div>`s, each inside the one before (never closed). */
export function nestedHtml(megabytes = 1.1): string {
  return `<!doctype html><html><head><title>Nested</title></head><body>${"<div>".repeat(Math.ceil((megabytes * 1024 * 1024) / 5))}x</body></html>`;
}

type ZipEntry = { name: string; data: Buffer; method: 0 | 8; crc: number; size: number; declaredSize: number };

/** A ZIP written by hand, so each part's declared unpacked size can be anything (`declaredSize`). */
function writeZip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt32LE(entry.crc >>> 0, 16);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(entry.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.data);
    centrals.push(central, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Deflates `count` copies of `chunk` between `head` and `tail` without ever holding the whole text. */
async function deflateRepeated(head: string, chunk: string, count: number, tail: string) {
  const deflate = createDeflateRaw({ level: 9 });
  const output: Buffer[] = [];
  deflate.on("data", (data: Buffer) => output.push(data));
  const done = new Promise((resolve) => deflate.on("end", resolve));
  let crc = 0;
  let size = 0;
  const write = async (text: string) => {
    const bytes = Buffer.from(text, "utf8");
    crc = crc32(bytes, crc);
    size += bytes.length;
    if (!deflate.write(bytes)) await new Promise((resolve) => deflate.once("drain", resolve));
  };
  await write(head);
  for (let index = 0; index < count; index += 1) await write(chunk);
  await write(tail);
  deflate.end();
  await done;
  return { data: Buffer.concat(output), crc, size };
}

/**
 * A valid one-cell workbook whose shared strings unpack to about `megabytes` MB while the ZIP's
 * headers (local and central) declare 4 KB: the upload that grew the server from 467 MB to 1.65 GB.
 */
export async function lyingWorkbook(megabytes = 360): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await tinyWorkbook());
  const entries: ZipEntry[] = [];
  for (const file of Object.values(zip.files)) {
    if (file.dir || file.name === "xl/sharedStrings.xml") continue;
    const data = await file.async("nodebuffer");
    entries.push({ name: file.name, data, method: 0, crc: crc32(data), size: data.length, declaredSize: data.length });
  }
  const megabyte = "A".repeat(1024 * 1024);
  const strings = await deflateRepeated(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst ' +
      'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>',
    megabyte,
    megabytes,
    "</t></si></sst>",
  );
  entries.push({ name: "xl/sharedStrings.xml", method: 8, ...strings, declaredSize: 4096 });
  return writeZip(entries);
}

/** A workbook with a header and one row, its text in shared strings (so a sheet refers to them). */
async function tinyWorkbook(): Promise<Buffer> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Annotations");
  sheet.addRow(["Text"]);
  sheet.addRow(["x"]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * A Word document whose word/document.xml unpacks to about `megabytes` MB of one table cell while
 * the ZIP's headers declare 4 KB: the thematic-list upload's version of the lying workbook.
 */
export async function lyingDocx(megabytes = 100): Promise<Buffer> {
  const types = Buffer.from(
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override ' +
      'PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    "utf8",
  );
  const document = await deflateRepeated(
    '<?xml version="1.0" encoding="UTF-8"?><w:document ' +
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:tbl><w:tr><w:tc><w:p><w:r><w:t>',
    "A".repeat(1024 * 1024),
    megabytes,
    "</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>",
  );
  return writeZip([
    {
      name: "[Content_Types].xml",
      data: types,
      method: 0,
      crc: crc32(types),
      size: types.length,
      declaredSize: types.length,
    },
    { name: "word/document.xml", method: 8, ...document, declaredSize: 4096 },
  ]);
}
