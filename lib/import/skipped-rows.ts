import { stringify } from "csv-stringify/sync";
import { neutraliseFormula } from "@/lib/open-data/csv";
import type { ParsedFile } from "./parse";
import type { RowError } from "./plan";

/**
 * The rows left out of an import ("import the rows without problems"), as CSV to fix and import
 * again: the row number, each problem's column and words, then the row's cells as they were read.
 * Built by csv-stringify with formula-like cells neutralised, as every CSV Uade writes.
 */
export function skippedRowsCsv(file: ParsedFile, errors: RowError[], words: (text: string) => string): string {
  const problems = new Map<number, RowError[]>();
  for (const error of errors) problems.set(error.rowNumber, [...(problems.get(error.rowNumber) ?? []), error]);
  const headers = file.headers.filter((header) => header !== "");
  const records = file.rows
    .filter((row) => problems.has(row.rowNumber))
    .map((row) => [
      String(row.rowNumber),
      problems
        .get(row.rowNumber)!
        .map((error) => `${error.column}: ${words(error.message)}`)
        .join(" | "),
      ...headers.map((header) => row.values[header] ?? ""),
    ]);
  return stringify(
    [["row", "problems", ...headers], ...records].map((record) => record.map(neutraliseFormula)),
    {
      bom: true,
      record_delimiter: "\r\n",
    },
  );
}
