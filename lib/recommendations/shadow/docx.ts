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

// Measured widths. A character of 9 pt text is at most about 90 twips wide (bold 100; LibreOffice's
// PDF of a Russian table showed 84); each cell has CELL_MARGIN_TWIPS of padding either side. A column
// is at least as wide as the longest word of its header and of its short values ("Пункт", "141.12",
// "CAT/C/KAZ/CO/4" never break inside); in text columns words count up to LONGEST_WORD_COUNTED
// characters (URLs and SHA-256s wrap anyway); what is left of the page is shared in proportion to
// each column's weight.
const CHAR_TWIPS = 90;
const BOLD_CHAR_TWIPS = 100;
/** Left and right cell margins (tblCellMar), narrower than Word's 108 so ten columns fit. */
const CELL_MARGIN_TWIPS = 72;
const CELL_PADDING_TWIPS = 2 * CELL_MARGIN_TWIPS;
const LONGEST_WORD_COUNTED = 10;
const MAX_WEIGHT = 50;
/** Short columns (document symbol, paragraph) keep values up to this long on one line. */
const SHORT_COLUMN = 20;

const longestWord = (text: string) => Math.max(0, ...text.split(/\s+/).map((word) => [...word].length));

/** Column widths in twips that fill `total`: each at least its longest header word and short value. */
export function measureColumnWidths(table: ShadowTable, total: number): number[] {
  const minimums = table.columns.map((column, index) => {
    const cap = column.width <= SHORT_COLUMN ? SHORT_COLUMN : LONGEST_WORD_COUNTED;
    let word = 0;
    for (const row of table.rows) word = Math.max(word, Math.min(cap, longestWord(row.cells[index] ?? "")));
    return CELL_PADDING_TWIPS + Math.max(longestWord(column.header) * BOLD_CHAR_TWIPS, word * CHAR_TWIPS);
  });
  const spare = Math.max(0, total - minimums.reduce((sum, width) => sum + width, 0));
  // The evidence column's spreadsheet width is set for a 64-character hash on one line; on paper the
  // hash wraps, so no column weighs more than MAX_WEIGHT, and the recommendation's text twice that.
  const weightOf = (index: number) => {
    const column = table.columns[index];
    return column?.isMain ? 2 * MAX_WEIGHT : Math.min(MAX_WEIGHT, column?.width ?? 0);
  };
  const weights = table.columns.reduce((sum, _column, index) => sum + weightOf(index), 0);
  return minimums.map((minimum, index) => Math.floor(minimum + (spare * weightOf(index)) / weights));
}

/**
 * A recommendation's row is not split across two pages (w:cantSplit): a reader, or a committee
 * member, reads it whole under the repeated header; a row taller than a page still breaks.
 */
const KEEP_ROW_TOGETHER = "<w:trPr><w:cantSplit/></w:trPr>";

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
  const widths = measureColumnWidths(table, TABLE_WIDTH);
  const parts = [
    `<w:tbl><w:tblPr><w:tblW w:w="${TABLE_WIDTH}" w:type="dxa"/><w:tblBorders>${BORDER}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left ` +
      `w:w="${CELL_MARGIN_TWIPS}" w:type="dxa"/><w:right w:w="${CELL_MARGIN_TWIPS}" w:type="dxa"/></w:tblCellMar></w:tblPr>`,
    `<w:tblGrid>${widths.map((width) => `<w:gridCol w:w="${width}"/>`).join("")}</w:tblGrid>`,
    `<w:tr><w:trPr><w:tblHeader/></w:trPr>${table.columns.map((column, index) => cellXml(column.header, widths[index] ?? 1000, true)).join("")}</w:tr>`,
  ];
  for (const row of table.rows)
    parts.push(
      `<w:tr>${KEEP_ROW_TOGETHER}${row.cells.map((value, index) => cellXml(value, widths[index] ?? 1000, false)).join("")}</w:tr>`,
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
        // A4 (docx takes the portrait size and turns it), with the 1-inch margins TABLE_WIDTH assumes.
        properties: {
          page: {
            size: { width: A4_WIDTH, height: A4_HEIGHT, orientation: PageOrientation.LANDSCAPE },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(xmlSafeText(table.title))] }),
          ...table.subtitle.flatMap((line) => paragraphs(line)),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(xmlSafeText(table.summaryName))] }),
          summary,
          // Space between the summary and the main table, which would otherwise touch.
          new Paragraph({ spacing: { before: 240, after: 240 }, children: [] }),
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
