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
import { PassThrough, type Writable } from "node:stream";
import { finished } from "node:stream/promises";
import archiver from "archiver";
import JSZip from "jszip";
import { xmlSafeText } from "@/lib/text/unsafe-characters";
import { bufferOf, waitForRoom } from "./stream-output";
import type { ShadowHead, ShadowTable } from "./table";
import { CELL_MARGIN_TWIPS, measureColumnWidths } from "./widths";

export { measureColumnWidths } from "./widths";

// Text with line breaks becomes one paragraph per line (a Word cell keeps them apart).
function paragraphs(value: string, isBold = false): Paragraph[] {
  return xmlSafeText(value)
    .split("\n")
    .map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: isBold })] }));
}

const cellOf = (value: string, isBold = false) => new TableCell({ children: paragraphs(value, isBold) });
const PLACEHOLDER = "UADE-SHADOW-TABLE-PLACEHOLDER";
/** A4 in twentieths of a point (twips), portrait. */
const A4_WIDTH = 11_906;
const A4_HEIGHT = 16_838;
const MARGIN = 1_440;
/** Page width between margins: A4 landscape. */
const TABLE_WIDTH = A4_HEIGHT - 2 * MARGIN;

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Table text size in half-points: 9 pt keeps eight columns readable across landscape A4. */
const TABLE_FONT_HALF_POINTS = 18;

function cellXml(value: string, width: number, isBold: boolean): string {
  const size = `<w:sz w:val="${TABLE_FONT_HALF_POINTS}"/><w:szCs w:val="${TABLE_FONT_HALF_POINTS}"/>`;
  const runProperties = `<w:rPr>${isBold ? "<w:b/><w:bCs/>" : ""}${size}</w:rPr>`;
  const lines = xmlSafeText(value).split("\n");
  const body = lines
    .map((line) => `<w:p><w:r>${runProperties}<w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p>`)
    .join("");
  const shading = isBold ? '<w:shd w:val="clear" w:color="auto" w:fill="E7ECEF"/>' : "";
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${shading}</w:tcPr>${body}</w:tc>`;
}

/**
 * A recommendation's row is not split across two pages (w:cantSplit): a reader, or a committee
 * member, reads it whole under the repeated header; a row taller than a page still breaks.
 */
const KEEP_ROW_TOGETHER = "<w:trPr><w:cantSplit/></w:trPr>";

const BORDER = ["top", "left", "bottom", "right", "insideH", "insideV"]
  .map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="808080"/>`)
  .join("");

/**
 * The long table's start as WordprocessingML text: docx's object model takes about 24 s to build
 * and pack 10,000 rows (measured), far over the 5 s an export may take, while the same table
 * written as text takes milliseconds. The header row repeats on every page (w:tblHeader).
 */
function tableStartXml(head: ShadowHead, widths: number[]): string {
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="${TABLE_WIDTH}" w:type="dxa"/><w:tblBorders>${BORDER}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left ` +
    `w:w="${CELL_MARGIN_TWIPS}" w:type="dxa"/><w:right w:w="${CELL_MARGIN_TWIPS}" w:type="dxa"/></w:tblCellMar></w:tblPr>` +
    `<w:tblGrid>${widths.map((width) => `<w:gridCol w:w="${width}"/>`).join("")}</w:tblGrid>` +
    `<w:tr><w:trPr><w:tblHeader/></w:trPr>${head.columns.map((column, index) => cellXml(column.header, widths[index] ?? 1000, true)).join("")}</w:tr>`
  );
}

const rowXml = (cells: string[], widths: number[]) =>
  `<w:tr>${KEEP_ROW_TOGETHER}${cells.map((value, index) => cellXml(value, widths[index] ?? 1000, false)).join("")}</w:tr>`;

const DOCUMENT_PART = "word/document.xml";

/**
 * The package docx makes for the title, the subtitle and the summary, with a placeholder where the
 * long table goes: its parts in the order they are zipped ([Content_Types].xml first, as Word
 * writes it; the document part as null), and the document part's text before and after the table.
 */
async function packageAround(
  head: ShadowHead,
): Promise<{ parts: [string, Buffer | null][]; before: string; after: string }> {
  const summary = new Table({
    width: { size: 60, type: WidthType.PERCENTAGE },
    rows: head.summary.map(([label, value]) => new TableRow({ children: [cellOf(label), cellOf(String(value))] })),
  });
  const document = new Document({
    creator: "Uade",
    title: xmlSafeText(head.title),
    sections: [
      {
        // A4 (docx takes the portrait size and turns it), with the 1-inch margins TABLE_WIDTH assumes.
        properties: {
          page: {
            size: { width: A4_WIDTH, height: A4_HEIGHT, orientation: PageOrientation.LANDSCAPE },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(xmlSafeText(head.title))] }),
          ...head.subtitle.flatMap((line) => paragraphs(line)),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(xmlSafeText(head.summaryName))] }),
          summary,
          // Space between the summary and the main table, which would otherwise touch.
          new Paragraph({ spacing: { before: 240, after: 240 }, children: [] }),
          new Paragraph({ children: [new TextRun(PLACEHOLDER)] }),
        ],
      },
    ],
  });
  const zip = await JSZip.loadAsync(await Packer.toBuffer(document));
  const xml = await zip.file(DOCUMENT_PART)?.async("string");
  if (!xml) throw new Error("docx wrote no word/document.xml");
  const placeholder = new RegExp(`<w:p>(?:(?!<w:p>).)*?${PLACEHOLDER}.*?</w:p>`, "s").exec(xml);
  if (!placeholder) throw new Error("the table placeholder is missing from word/document.xml");
  const names = Object.keys(zip.files)
    .filter((name) => !zip.files[name]?.dir)
    .sort((a, b) => (a === "[Content_Types].xml" ? -1 : b === "[Content_Types].xml" ? 1 : 0));
  const parts: [string, Buffer | null][] = [];
  for (const name of names)
    parts.push([name, name === DOCUMENT_PART ? null : await zip.file(name)!.async("nodebuffer")]);
  return {
    parts,
    before: xml.slice(0, placeholder.index),
    after: xml.slice(placeholder.index + placeholder[0].length),
  };
}

/** A Word document to write as its rows are read: the head, the measured column widths, the rows in batches. */
export type ShadowDocument = {
  head: ShadowHead;
  /** Column widths in twips that fill the given width (measureColumns, from every row). */
  widths: (total: number) => number[];
  rows: () => AsyncIterable<string[][]> | Iterable<string[][]>;
};

/**
 * The shadow report as a Word document into `output`: title, summary, and one table ready to paste
 * into a submission. The rows are written into the zipped document part as they come, zipped with
 * Node's zlib (archiver: JSZip's JavaScript deflate is ten times slower on a 20 MB document.xml,
 * measured), waiting while the reader catches up, so memory stays flat for any number of rows
 * (issue 24). Ends `output` when done.
 */
export async function writeShadowDocx(document: ShadowDocument, output: Writable): Promise<void> {
  const { parts, before, after } = await packageAround(document.head);
  const widths = document.widths(TABLE_WIDTH);
  const archive = archiver("zip", { zlib: { level: 6 } });
  // A zip that fails fails the download: the output is destroyed, and the writing below stops.
  archive.on("error", (error) => output.destroy(error));
  archive.pipe(output);
  const body = new PassThrough();
  try {
    for (const [name, content] of parts) archive.append(content ?? body, { name });
    const finalized = archive.finalize();
    finalized.catch(() => undefined);
    body.write(before + tableStartXml(document.head, widths));
    for await (const batch of document.rows()) {
      // Waiting here, after the next batch is read, lets the zip work on the last one meanwhile.
      await waitForRoom(body, output);
      body.write(batch.map((cells) => rowXml(cells, widths)).join(""));
    }
    body.end(`</w:tbl>${after}`);
    await finalized;
    await finished(output, { readable: false });
  } catch (error) {
    archive.unpipe(output);
    archive.abort();
    body.destroy();
    throw error;
  }
}

/** The whole table's document as one Buffer (the tests; exports stream through writeShadowDocx). */
export function shadowDocx(table: ShadowTable): Promise<Buffer> {
  return bufferOf((output) =>
    writeShadowDocx(
      {
        head: table,
        widths: (total) => measureColumnWidths(table, total),
        rows: () => [table.rows.map((row) => row.cells)],
      },
      output,
    ),
  );
}
