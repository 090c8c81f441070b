import ExcelJS from "exceljs";
import JSZip from "jszip";
import { stringify } from "csv-stringify/sync";
import { message } from "@/lib/forms/messages";
import { findUnsafeCharacter } from "@/lib/text/unsafe-characters";
import { MAX_IMPORT_CELL, MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS, type DecodeResult } from "./decode";

// An Excel workbook (.xlsx) upload, as UHRI's "Export to Excel" gives it, turned into the CSV text
// the rest of the import reads, so a workbook and the same sheet saved as CSV plan identically.
// A workbook is a ZIP of XML: its size when unpacked is checked from the ZIP's directory before
// anything is unpacked (a small file can unpack to gigabytes), and only the first sheet is read.

/**
 * Most bytes a workbook may unpack to. UHRI's export of one country is a few megabytes; reading
 * 10,000 long rows (14 MB of text) took 1.0 s and held the event loop at most 0.26 s (measured).
 */
export const MAX_WORKBOOK_UNPACKED_BYTES = 25 * 1024 * 1024;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** An .xlsx file: a ZIP ("PK\x03\x04") whose parts include the workbook. The old binary .xls is not one. */
export function isZipFile(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The sum of the sizes the ZIP's directory declares for its parts (JSZip keeps it on each entry). */
function declaredUnpackedBytes(zip: JSZip): number {
  let total = 0;
  zip.forEach((_path, entry) => {
    if (entry.dir) return;
    const size = (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize;
    // An entry that does not declare its size counts as too large: it cannot be checked.
    total += typeof size === "number" && Number.isFinite(size) && size >= 0 ? size : MAX_WORKBOOK_UNPACKED_BYTES + 1;
  });
  return total;
}

/** A cell as the text a spreadsheet shows: dates as YYYY-MM-DD, formulas by their result, rich text and links by their text. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "object") {
    if ("richText" in value && Array.isArray(value.richText)) return value.richText.map((run) => run.text ?? "").join("");
    if ("formula" in value || "sharedFormula" in value) return "result" in value ? cellText(value.result as ExcelJS.CellValue) : "";
    if ("hyperlink" in value && "text" in value) return typeof value.text === "string" ? value.text : cellText(value.text as ExcelJS.CellValue);
    if ("error" in value) return "";
  }
  return "";
}

/**
 * Reads the first sheet of an .xlsx upload into CSV text (comma-separated, every cell quoted) with
 * a note naming the sheet; a damaged, oversized or empty workbook is refused with what to do instead.
 */
export async function readWorkbookAsCsv(bytes: Uint8Array): Promise<DecodeResult> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return { isOk: false, message: message("fileWorkbookUnreadable") };
  }
  // A ZIP that is not a workbook (a .docx, an archive of photos) has no xl/workbook.xml.
  if (!zip.file("xl/workbook.xml")) return { isOk: false, message: message("fileWorkbookUnreadable") };
  if (declaredUnpackedBytes(zip) > MAX_WORKBOOK_UNPACKED_BYTES) {
    return { isOk: false, message: message("fileWorkbookTooLarge", { limit: MAX_WORKBOOK_UNPACKED_BYTES / 1024 / 1024 }) };
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    return { isOk: false, message: message("fileWorkbookUnreadable") };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.actualRowCount === 0) return { isOk: false, message: message("fileWorkbookEmpty") };
  // Checked here as the CSV reader checks them, before any text is built.
  // rowCount is the number of the last row holding a value: blank rows in between count too, so a
  // lone cell in row 1,000,000 cannot make the loop below walk a million rows.
  if (sheet.rowCount > MAX_IMPORT_ROWS + 1) return { isOk: false, message: message("tooManyRows", { count: sheet.rowCount - 1, limit: MAX_IMPORT_ROWS }) };
  const width = sheet.columnCount;
  if (width > MAX_IMPORT_COLUMNS) return { isOk: false, message: message("tooManyColumns", { count: width, limit: MAX_IMPORT_COLUMNS }) };

  const records: string[][] = [];
  const header: string[] = [];
  let tooLong: { row: number; column: string } | null = null;
  // A slice of rows at a time, so other requests are served while a large sheet is read.
  for (let rowNumber = 1; rowNumber <= sheet.rowCount; rowNumber += 1) {
    const row = sheet.getRow(rowNumber);
    const cells: string[] = [];
    for (let column = 1; column <= width; column += 1) {
      const text = cellText(row.getCell(column).value);
      if (rowNumber === 1) header.push(text);
      if (text.length > MAX_IMPORT_CELL && !tooLong) tooLong = { row: rowNumber, column: header[column - 1]?.trim().slice(0, 100) || String(column) };
      cells.push(text);
    }
    if (cells.some((cell) => cell.trim() !== "")) records.push(cells);
    if (rowNumber % 500 === 0) await nextTurn();
  }
  const found = tooLong as { row: number; column: string } | null;
  if (found) return { isOk: false, message: message("cellTooLong", { row: found.row, column: found.column, limit: MAX_IMPORT_CELL }) };
  const text = stringify(records, { quoted: true, record_delimiter: "\r\n" });
  const unsafe = findUnsafeCharacter(text);
  if (unsafe) return { isOk: false, message: message("fileForbiddenCharacter", { line: 1 + (text.slice(0, unsafe.index).match(/\r\n/g)?.length ?? 0), code: unsafe.code }) };
  return { isOk: true, text, note: message("fileWorkbookRead", { sheet: sheet.name.slice(0, 60), rows: records.length - 1 }) };
}
