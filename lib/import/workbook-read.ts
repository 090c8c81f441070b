import ExcelJS from "exceljs";
import { Readable } from "node:stream";
import { setImmediate as nextTurn } from "node:timers/promises";
import JSZip from "jszip";
import { message } from "../forms/messages";
import { TooComplexError } from "../parse-worker/too-complex";
import { unpackCounted } from "./zip-counted";
import { findUnsafeCharacter } from "../text/unsafe-characters";
import { MAX_IMPORT_CELL, MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS, type DecodeResult } from "./decode";

// The reading half of an Excel workbook (.xlsx) upload, run in a worker thread (lib/parse-worker;
// lib/import/workbook.ts is the caller's half): the first sheet turned into the CSV text the rest
// of the import reads, so a workbook and the same sheet saved as CSV plan identically. A workbook
// is a ZIP of XML, and a small one can unpack to gigabytes; the sizes its headers declare can be
// rewritten to anything, so every part is unpacked here while its bytes are counted, stopping at
// the limit, and exceljs then reads those counted parts (re-packed unchanged), never the upload.

/**
 * Most bytes a workbook may unpack to. UHRI's export of one country is a few megabytes; reading
 * 10,000 long rows (14 MB of text) takes about 0.5 s.
 */
export const MAX_WORKBOOK_UNPACKED_BYTES = 25 * 1024 * 1024;

/** exceljs's streaming reader needs the workbook, its links, strings and styles before any sheet. */
const FIRST_PARTS = ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml", "xl/styles.xml"];
const partOrder = (name: string) => {
  const index = FIRST_PARTS.indexOf(name);
  return index >= 0 ? index : name.startsWith("xl/worksheets/") ? FIRST_PARTS.length + 1 : FIRST_PARTS.length;
};

/**
 * Every part of the workbook unpacked with its bytes counted, at most MAX_WORKBOOK_UNPACKED_BYTES
 * in all, re-packed without compression for exceljs; TooComplexError past the limit.
 */
async function unpackWithinLimit(zip: JSZip): Promise<Buffer> {
  const counted = new JSZip();
  let total = 0;
  const entries = Object.values(zip.files).sort((a, b) => partOrder(a.name) - partOrder(b.name));
  for (const entry of entries) {
    if (entry.dir) continue;
    const content = await unpackCounted(entry, MAX_WORKBOOK_UNPACKED_BYTES - total, "the workbook");
    total += content.length;
    counted.file(entry.name, content);
  }
  return counted.generateAsync({ type: "nodebuffer", compression: "STORE" });
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
 * a note naming the sheet; a damaged, empty or oversized workbook (its unpacked bytes counted) is
 * refused with what to do instead. Runs in a worker thread: call readWorkbookAsCsv.
 */
export async function readWorkbookInWorker(bytes: Uint8Array): Promise<DecodeResult> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return { isOk: false, message: message("fileWorkbookUnreadable") };
  }
  // A ZIP that is not a workbook (a .docx, an archive of photos) has no xl/workbook.xml.
  if (!zip.file("xl/workbook.xml")) return { isOk: false, message: message("fileWorkbookUnreadable") };
  let counted: Buffer;
  try {
    counted = await unpackWithinLimit(zip);
  } catch (error) {
    if (error instanceof TooComplexError)
      return {
        isOk: false,
        message: message("fileWorkbookTooLarge", { limit: MAX_WORKBOOK_UNPACKED_BYTES / 1024 / 1024 }),
      };
    // A part that does not unpack to the size its header states, or damaged data.
    return { isOk: false, message: message("fileWorkbookUnreadable") };
  }
  // exceljs's streaming reader parses the sheet's XML a chunk at a time: the whole-workbook reader
  // held the event loop 270 ms on 10,000 long rows, this one 22 ms (measured).
  const records: string[][] = [];
  let sheetName = "";
  let problem: string | null = null;
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(counted), {
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
          // Word's manual line break (vertical tab) arrives in cells pasted from Word: a new line.
          const text = cellText(row.getCell(column).value).replace(/\u000B/g, "\n");
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
