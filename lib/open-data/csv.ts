import { Readable } from "node:stream";
import { stringify } from "csv-stringify";
import { formatCalendarDate, today } from "@/lib/calendar";
import { replaceUnsafeCharacters } from "@/lib/text/unsafe-characters";

/** A characters that make a spreadsheet treat a cell as a formula (CSV injection). */
const FORMULA_TRIGGERS = new Set(["=", "+", "-", "@", "\t", "\r"]);

/**
 * Neutralises a cell a spreadsheet would run as a formula by prefixing an apostrophe, which
 * Excel and LibreOffice show as text and do not display. Every text cell goes through this.
 */
export function neutraliseFormula(value: string): string {
  return value.length > 0 && FORMULA_TRIGGERS.has(value[0]!) ? `'${value}` : value;
}

export type CsvCell = string | number | boolean | null | undefined;
export type CsvColumn<Row> = { key: string; value: (row: Row) => CsvCell };

function toCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") return String(value);
  return neutraliseFormula(replaceUnsafeCharacters(value));
}

/**
 * Streams rows as CSV that opens cleanly in Excel: UTF-8 with a byte-order mark (so Cyrillic
 * shows correctly), one header row of stable column keys, RFC 4180 quoting and CRLF line ends.
 * Rows are pulled batch by batch from `batches`, so memory stays flat for any export size.
 */
export function csvStream<Row>(columns: CsvColumn<Row>[], batches: AsyncIterable<Row[]>): ReadableStream<Uint8Array> {
  const stringifier = stringify({
    bom: true,
    header: true,
    columns: columns.map((column) => column.key),
    record_delimiter: "\r\n",
  });
  void (async () => {
    try {
      for await (const batch of batches) {
        for (const row of batch) {
          const record = columns.map((column) => toCell(column.value(row)));
          if (!stringifier.write(record)) await new Promise((resolve) => stringifier.once("drain", resolve));
        }
      }
      stringifier.end();
    } catch (error) {
      stringifier.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  })();
  return Readable.toWeb(stringifier) as ReadableStream<Uint8Array>;
}

/** Response headers for a CSV download named e.g. uade-commitments-2026-11-22.csv. */
export function csvHeaders(name: string, onDay: Date = today()): HeadersInit {
  return {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="uade-${name}-${formatCalendarDate(onDay)}.csv"`,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  };
}
