import {
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import archiver from "archiver";
import JSZip from "jszip";
import { xmlSafeText } from "@/lib/text/unsafe-characters";
import type { ShadowTable } from "./table";

// Text with line breaks becomes one paragraph per line (a Word cell keeps them apart).
function paragraphs(value: string, isBold = false): Paragraph[] {
  return xmlSafeText(value)
    .split("\n")
    .map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: isBold })] }));
}

const cellOf = (value: string, isBold = false) => new TableCell({ children: paragraphs(value, isBold) });
const PLACEHOLDER = "UADE-SHADOW-TABLE-PLACEHOLDER";
/** Page width between margins in twentieths of a point (A4 landscape, docx's default margins). */
const TABLE_WIDTH = 13_958;

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function cellXml(value: string, width: number, isBold: boolean): string {
  const runProperties = isBold ? "<w:rPr><w:b/><w:bCs/></w:rPr>" : "";
  const lines = xmlSafeText(value).split("\n");
  const body = lines
    .map((line) => `<w:p><w:r>${runProperties}<w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p>`)
    .join("");
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${body}</w:tc>`;
}

/** Zips the parts with Node's zlib (archiver): JSZip's JavaScript deflate is ten times slower on a 20 MB document.xml (measured). */
async function zipParts(parts: [name: string, content: Buffer][]): Promise<Buffer> {
  const archive = archiver("zip", { zlib: { level: 6 } });
  const chunks: Buffer[] = [];
  archive.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    archive.on("end", resolve);
    archive.on("error", reject);
  });
  for (const [name, content] of parts) archive.append(content, { name });
  await archive.finalize();
  await finished;
  return Buffer.concat(chunks);
}

const BORDER = ["top", "left", "bottom", "right", "insideH", "insideV"]
  .map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="808080"/>`)
  .join("");

/**
 * The long table as WordprocessingML text: docx's object model takes about 24 s to build and pack
 * 10,000 rows (measured), far over the 5 s an export may take, while the same table written as
 * text takes milliseconds. The header row repeats on every page (w:tblHeader).
 */
function mainTableXml(table: ShadowTable): string {
  const total = table.columns.reduce((sum, column) => sum + column.width, 0);
  const widths = table.columns.map((column) => Math.round((column.width / total) * TABLE_WIDTH));
  const parts = [
    `<w:tbl><w:tblPr><w:tblW w:w="${TABLE_WIDTH}" w:type="dxa"/><w:tblBorders>${BORDER}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>`,
    `<w:tblGrid>${widths.map((width) => `<w:gridCol w:w="${width}"/>`).join("")}</w:tblGrid>`,
    `<w:tr><w:trPr><w:tblHeader/></w:trPr>${table.columns.map((column, index) => cellXml(column.header, widths[index] ?? 1000, true)).join("")}</w:tr>`,
  ];
  for (const row of table.rows)
    parts.push(
      `<w:tr>${row.cells.map((value, index) => cellXml(value, widths[index] ?? 1000, false)).join("")}</w:tr>`,
    );
  parts.push("</w:tbl>");
  return parts.join("");
}

/** The shadow report as a Word document: title, summary, and one table ready to paste into a submission. */
export async function shadowDocx(table: ShadowTable): Promise<Buffer> {
  const summary = new Table({
    width: { size: 60, type: WidthType.PERCENTAGE },
    rows: table.summary.map(([label, value]) => new TableRow({ children: [cellOf(label), cellOf(String(value))] })),
  });
  const document = new Document({
    creator: "Uade",
    title: xmlSafeText(table.title),
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(xmlSafeText(table.title))] }),
          ...table.subtitle.flatMap((line) => paragraphs(line)),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(xmlSafeText(table.summaryName))] }),
          summary,
          new Paragraph({ children: [new TextRun(PLACEHOLDER)] }),
        ],
      },
    ],
  });
  // docx writes the document; the placeholder paragraph is then swapped for the long table.
  const zip = await JSZip.loadAsync(await Packer.toBuffer(document));
  const path = "word/document.xml";
  const xml = await zip.file(path)?.async("string");
  if (!xml) throw new Error("docx wrote no word/document.xml");
  const placeholder = new RegExp(`<w:p>(?:(?!<w:p>).)*?${PLACEHOLDER}.*?</w:p>`, "s");
  if (!placeholder.test(xml)) throw new Error("the table placeholder is missing from word/document.xml");
  const parts: [string, Buffer][] = [];
  // [Content_Types].xml first, as Word writes it; every other part as docx wrote it.
  const names = Object.keys(zip.files)
    .filter((name) => !zip.files[name]?.dir)
    .sort((a, b) => (a === "[Content_Types].xml" ? -1 : b === "[Content_Types].xml" ? 1 : 0));
  for (const name of names) {
    parts.push([
      name,
      name === path
        ? Buffer.from(
            xml.replace(placeholder, () => mainTableXml(table)),
            "utf8",
          )
        : await zip.file(name)!.async("nodebuffer"),
    ]);
  }
  return zipParts(parts);
}
