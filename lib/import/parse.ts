import { CsvError, parse } from "csv-parse/sync";
import { MAX_IMPORT_ROWS } from "./decode";
import { message } from "@/lib/forms/messages";

export type ParsedRow = { rowNumber: number; values: Record<string, string> };
export type ParseResult = { isOk: true; delimiter: "," | ";"; headers: string[]; rows: ParsedRow[] } | { isOk: false; message: string };

/** Comma or semicolon (Excel's default in Russian and Kazakh locales), judged from the header line. */
export function detectDelimiter(text: string): "," | ";" {
  const headerLine = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  const count = (character: string) => headerLine.split(character).length - 1;
  return count(";") > count(",") ? ";" : ",";
}

/**
 * Parses CSV as Excel and LibreOffice write it: optional BOM, comma or semicolon, CRLF or LF,
 * quoted fields with embedded new lines and doubled quotes. Header names are trimmed and lower-cased.
 * Row numbers count the header as row 1, as a spreadsheet shows them.
 */
export function parseCsv(text: string): ParseResult {
  const delimiter = detectDelimiter(text);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // With `info: true` each record comes with its position; the library's types do not say so.
    records = parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: true, info: true, trim: false }) as unknown as {
      record: string[];
      info: { lines: number };
    }[];
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      return { isOk: false, message: (line ? message("csvInvalidNearLine", { line, reason: describeCsvError(error) }) : message("csvInvalid", { reason: describeCsvError(error) })) };
    }
    throw error;
  }
  const [header, ...body] = records;
  if (!header) return { isOk: false, message: message("noHeaderRow") };
  const headers = header.record.map((name) => name.trim().toLowerCase());
  const duplicate = headers.find((name, index) => name !== "" && headers.indexOf(name) !== index);
  if (duplicate) return { isOk: false, message: message("duplicateColumn", { column: duplicate }) };
  if (body.length > MAX_IMPORT_ROWS) {
    return { isOk: false, message: message("tooManyRows", { count: body.length, limit: MAX_IMPORT_ROWS }) };
  }
  const rows = body.map(({ record }, index) => {
    const values: Record<string, string> = {};
    headers.forEach((name, column) => {
      if (name) values[name] = stripFormulaGuard(record[column] ?? "");
    });
    return { rowNumber: index + 2, values };
  });
  return { isOk: true, delimiter, headers, rows };
}

/** Our exports prefix formula-like cells with an apostrophe; importing them back removes it. */
function stripFormulaGuard(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

function describeCsvError(error: CsvError): string {
  switch (error.code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return message("csvQuoteNotClosed");
    case "CSV_INVALID_CLOSING_QUOTE":
    case "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE":
      return message("csvStrayQuote");
    default:
      return message("csvOther", { detail: error.message });
  }
}
