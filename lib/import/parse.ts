import { setImmediate as nextTurn } from "node:timers/promises";
import { readCsvRecords, type CsvCellTooLong, type CsvSyntaxProblem, type CsvTooWide } from "./csv-reader";
import { isImportColumn } from "./columns";
import { MAX_IMPORT_CELL, MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS } from "./decode";
import { message } from "@/lib/forms/messages";

export type ParsedRow = { rowNumber: number; values: Record<string, string> };
export type Delimiter = "," | ";" | "\t";
/** `layout` names the export a file was recognised as (lib/recommendations/import-layouts.ts), when it is one. */
export type ParsedFile = { delimiter: Delimiter; headers: string[]; rows: ParsedRow[]; layout?: string };
export type ParseResult = ({ isOk: true } & ParsedFile) | { isOk: false; message: string };

const STORED_FORMAT = "uade-parsed-csv 1";
const ROWS_PER_LINE = 500;

/**
 * A parsed file as stored with its draft (ImportDraft.parsed), so a preview is parsed only once:
 * a format line, the header, then the cells as JSON lines of ROWS_PER_LINE rows each, written and
 * read a line at a time with turns of the event loop between them.
 */
export async function serialiseParsedFile(file: ParsedFile): Promise<string> {
  const names = file.headers.filter((name) => name !== "" && isImportColumn(name));
  const lines = [
    STORED_FORMAT,
    JSON.stringify({ delimiter: file.delimiter, headers: file.headers, names, layout: file.layout }),
  ];
  for (let start = 0; start < file.rows.length; start += ROWS_PER_LINE) {
    lines.push(
      JSON.stringify(
        file.rows.slice(start, start + ROWS_PER_LINE).map((row) => names.map((name) => row.values[name] ?? "")),
      ),
    );
    await nextTurn();
  }
  return lines.join("\n");
}

/** Reads back what serialiseParsedFile wrote; anything else gives null (the text is parsed again). */
export async function readParsedFile(stored: string): Promise<ParsedFile | null> {
  const lines = stored.split("\n");
  if (lines[0] !== STORED_FORMAT || lines[1] === undefined) return null;
  try {
    const head = JSON.parse(lines[1]) as { delimiter: Delimiter; headers: string[]; names: string[]; layout?: string };
    const records: string[][] = [];
    for (const line of lines.slice(2)) {
      records.push(...(JSON.parse(line) as string[][]));
      await nextTurn();
    }
    const rows = await rowsOf(head.names, records);
    return { delimiter: head.delimiter, headers: head.headers, rows, ...(head.layout ? { layout: head.layout } : {}) };
  } catch {
    return null;
  }
}

/** Comma, semicolon (Excel's default in Russian and Kazakh locales) or tab (Excel's "Unicode text"), judged from the header line. */
export function detectDelimiter(text: string): Delimiter {
  let commas = 0;
  let semicolons = 0;
  let tabs = 0;
  // The first 64 KB of the header line are enough to judge (and bound the work on a hostile one).
  for (let index = 0; index < Math.min(text.length, 64 * 1024); index += 1) {
    const code = text.charCodeAt(index);
    if (code === 10 || code === 13) break;
    if (code === 44) commas += 1;
    else if (code === 59) semicolons += 1;
    else if (code === 9) tabs += 1;
  }
  if (tabs > commas && tabs > semicolons) return "\t";
  return semicolons > commas ? ";" : ",";
}

/**
 * Parses CSV as Excel and LibreOffice write it: optional BOM, comma or semicolon, CRLF or LF,
 * quoted fields with embedded new lines and doubled quotes. Header names are trimmed and lower-cased.
 * Row numbers count the header as row 1, as a spreadsheet shows them.
 *
 * Hostile shapes cannot freeze the server: reading yields to other requests as it goes
 * (lib/import/csv-reader.ts), every check is linear, and a header or row wider than
 * MAX_IMPORT_COLUMNS is refused as soon as it is read.
 */
export async function parseCsv(text: string, { maxRows = MAX_IMPORT_ROWS } = {}): Promise<ParseResult> {
  const delimiter = detectDelimiter(text);
  // Only the columns an import reads are kept (the others are listed in the preview as ignored).
  const read = await readCsvRecords(
    text,
    delimiter,
    { maxWidth: MAX_IMPORT_COLUMNS, maxCell: MAX_IMPORT_CELL },
    isImportColumn,
  );
  if ("problem" in read) return describeProblem(read);
  if (read.header.length === 0) return { isOk: false, message: message("noHeaderRow") };
  const headers = read.header.map((name) => name.trim().toLowerCase());
  const seen = new Set<string>();
  for (const name of headers) {
    if (name !== "" && seen.has(name))
      return { isOk: false, message: message("duplicateColumn", { column: name.slice(0, 100) }) };
    seen.add(name);
  }
  if (read.rows.length > maxRows) {
    return { isOk: false, message: message("tooManyRows", { count: read.rows.length, limit: maxRows }) };
  }
  const keptNames = read.kept.map((position) => headers[position] ?? "");
  return { isOk: true, delimiter, headers, rows: await rowsOf(keptNames, read.rows, stripFormulaGuard) };
}

/** Rows keyed by header name (`names[i]` for `cells[i]`), built a slice at a time. */
async function rowsOf(
  names: string[],
  records: string[][],
  read: (cell: string) => string = (cell) => cell,
): Promise<ParsedRow[]> {
  const rows: ParsedRow[] = [];
  for (const [index, record] of records.entries()) {
    const values: Record<string, string> = {};
    names.forEach((name, column) => {
      if (name) values[name] = read(record[column] ?? "");
    });
    rows.push({ rowNumber: index + 2, values });
    if (index % 200 === 199) await nextTurn();
  }
  return rows;
}

function describeProblem(found: CsvSyntaxProblem | CsvTooWide | CsvCellTooLong): Extract<ParseResult, { isOk: false }> {
  if (found.problem === "cellTooLong") {
    const column = found.columnName?.trim().slice(0, 100) || String(found.column + 1);
    return {
      isOk: false,
      message: message("cellTooLong", { row: found.recordIndex + 1, column, limit: MAX_IMPORT_CELL }),
    };
  }
  if (found.problem === "tooWide") {
    return found.recordIndex === 0
      ? { isOk: false, message: message("tooManyColumns", { count: found.width, limit: MAX_IMPORT_COLUMNS }) }
      : {
          isOk: false,
          message: message("rowTooManyColumns", {
            row: found.recordIndex + 1,
            count: found.width,
            limit: MAX_IMPORT_COLUMNS,
          }),
        };
  }
  const reason = found.problem === "quoteNotClosed" ? message("csvQuoteNotClosed") : message("csvStrayQuote");
  return { isOk: false, message: message("csvInvalidNearLine", { line: found.line, reason }) };
}

/** Our exports prefix formula-like cells with an apostrophe; importing them back removes it. */
export function stripFormulaGuard(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}
