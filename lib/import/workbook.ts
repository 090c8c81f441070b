import ExcelJS from "exceljs";
import { Readable } from "node:stream";
import { setImmediate as nextTurn } from "node:timers/promises";
import JSZip from "jszip";
import { message } from "@/lib/forms/messages";
import { findUnsafeCharacter } from "@/lib/text/unsafe-characters";
import { MAX_IMPORT_CELL, MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS, type DecodeResult } from "./decode";

// An Excel workbook (.xlsx) upload, as UHRI's "Export to Excel" gives it, turned into the CSV text
// the rest of the import reads, so a workbook and the same sheet saved as CSV plan identically.
// A workbook is a ZIP of XML: its size when unpacked is checked from the ZIP's directory before
// anything is unpacked (a small file can unpack to gigabytes), and only the first sheet is read.

/**
 * Most bytes a workbook may unpack to. UHRI's export of one country is a few megabytes; reading
 * 10,000 long rows (14 MB of text) takes about 0.5 s.
 */
export const MAX_WORKBOOK_UNPACKED_BYTES = 25 * 1024 * 1024;

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
    if ("richText" in value && Array.isArray(value.richText))
      return value.richText.map((run) => run.text ?? "").join("");
    if ("formula" in value || "sharedFormula" in value)
      return "result" in value ? cellText(value.result as ExcelJS.CellValue) : "";
    if ("hyperlink" in value && "text" in value)
      return typeof value.text === "string" ? value.text : cellText(value.text as ExcelJS.CellValue);
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
    return {
      isOk: false,
      message: message("fileWorkbookTooLarge", { limit: MAX_WORKBOOK_UNPACKED_BYTES / 1024 / 1024 }),
    };
  }
  // exceljs's streaming reader parses the sheet's XML a chunk at a time: the whole-workbook reader
  // held the event loop 270 ms on 10,000 long rows, this one 22 ms (measured).
  const records: string[][] = [];
  let sheetName = "";
  let problem: string | null = null;
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(Buffer.from(bytes)), {
      sharedStrings: "cache",
      styles: "cache",
      hyperlinks: "ignore",
      worksheets: "emit",
      entries: "ignore",
    });
    for await (const worksheet of reader) {
      sheetName = String((worksheet as unknown as { name?: string }).name ?? "");
      const header: string[] = [];
      for await (const row of worksheet as unknown as AsyncIterable<ExcelJS.Row>) {
        if (row.number > MAX_IMPORT_ROWS + 1) {
          problem = message("tooManyRows", { count: row.number - 1, limit: MAX_IMPORT_ROWS });
          break;
        }
        const width = row.cellCount;
        if (width > MAX_IMPORT_COLUMNS) {
          problem =
            row.number === 1
              ? message("tooManyColumns", { count: width, limit: MAX_IMPORT_COLUMNS })
              : message("rowTooManyColumns", { row: row.number, count: width, limit: MAX_IMPORT_COLUMNS });
          break;
        }
        const cells: string[] = [];
        for (let column = 1; column <= width; column += 1) {
          const text = cellText(row.getCell(column).value);
          if (row.number === 1) header.push(text);
          if (text.length > MAX_IMPORT_CELL) {
            problem = message("cellTooLong", {
              row: row.number,
              column: header[column - 1]?.trim().slice(0, 100) || String(column),
              limit: MAX_IMPORT_CELL,
            });
            break;
          }
          cells.push(text);
        }
        if (problem) break;
        if (cells.some((cell) => cell.trim() !== "")) records.push(cells);
      }
      // Only the first sheet is read.
      break;
    }
  } catch {
    return { isOk: false, message: message("fileWorkbookUnreadable") };
  }
  if (problem) return { isOk: false, message: problem };
  if (records.length === 0) return { isOk: false, message: message("fileWorkbookEmpty") };
  // Rows are as wide as their last cell with a value: all are padded to the widest.
  const width = Math.max(...records.map((record) => record.length));
  for (const record of records) while (record.length < width) record.push("");
  // CSV text a slice of rows at a time, each row checked for characters that cannot be stored.
  const lines: string[] = [];
  for (const [index, record] of records.entries()) {
    const line = record.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(",");
    const unsafe = findUnsafeCharacter(line);
    if (unsafe)
      return { isOk: false, message: message("fileForbiddenCharacter", { line: index + 1, code: unsafe.code }) };
    lines.push(line);
    if (index % 500 === 499) await nextTurn();
  }
  const text = `${lines.join("\r\n")}\r\n`;
  return {
    isOk: true,
    text,
    note: message("fileWorkbookRead", { sheet: sheetName.slice(0, 60) || "1", rows: records.length - 1 }),
  };
}
