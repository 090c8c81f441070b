import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { Readable } from "node:stream";
import { parse } from "csv-parse";
import { message } from "@/lib/forms/messages";
import { findUnsafeCharacter } from "@/lib/text/unsafe-characters";
import { recogniseCsvLayout, uhriJsonRow } from "@/lib/recommendations/import-layouts";
import { isImportColumn } from "./columns";
import { chooseTextEncoding, MAX_IMPORT_CELL, MAX_IMPORT_COLUMNS } from "./decode";
import { readJsonArrayElements } from "./json-array-stream";
import { detectDelimiter, stripFormulaGuard, type ParsedFile, type ParsedRow } from "./parse";
import { isZipFile } from "./workbook";

// The command line's way in for files too large to hold whole: CSV (any encoding decodeUpload
// reads) and UHRI's JSON array, read a slice of rows at a time, as often as the caller asks (the
// import reads a file twice: to check every row, then to write). Workbooks and Word documents are
// read whole (lib/import/read-file.ts), within the command's byte limit.

/** A slice of rows with the headers (and layout) the planner needs. */
export type RowSlice = Pick<ParsedFile, "headers" | "rows" | "layout">;

export type StreamedFile = {
  /** "uhri-json", "upr-info-classic" … when recognised from the start of the file, else null (the planner's default). */
  layout: string | null;
  /** The headers of a CSV (for telling the kind), or the fields of the first JSON record. */
  headers: string[];
  note: string | null;
  /** Reads the file from the start, `size` rows at a time. Throws StreamProblem on unreadable text. */
  slices: (size: number) => AsyncGenerator<RowSlice>;
};

/** Why a file stopped being readable part-way, as a message token for the person. */
export class StreamProblem extends Error {}

const PIECE = 1024 * 1024;

async function readSample(path: string): Promise<Uint8Array> {
  const handle = await open(path, "r");
  try {
    const buffer = new Uint8Array(PIECE);
    const { bytesRead } = await handle.read(buffer, 0, PIECE, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** The file's text in pieces, decoded as `encoding`; a forbidden character or broken byte stops it. */
async function* textPieces(path: string, encoding: string): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding, { fatal: true });
  let line = 1;
  for await (const chunk of createReadStream(path, { highWaterMark: PIECE })) {
    let text: string;
    try {
      text = decoder.decode(chunk as Buffer, { stream: true });
    } catch {
      throw new StreamProblem(message("fileNotUtf8", { instructions: message("saveAsUtf8") }));
    }
    const unsafe = findUnsafeCharacter(text);
    if (unsafe) {
      const before = text.slice(0, unsafe.index).split("\n").length - 1;
      throw new StreamProblem(message("fileForbiddenCharacter", { line: line + before, code: unsafe.code }));
    }
    line += text.split("\n").length - 1;
    yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

/**
 * Opens `path` for reading in slices; null for a workbook or Word document (read whole instead),
 * or for JSON that is not one array (read whole too). A refusal names what to do, as the browser's.
 */
export async function openStreamedFile(
  path: string,
): Promise<{ isOk: true; file: StreamedFile | null } | { isOk: false; message: string }> {
  const sample = await readSample(path);
  if (isZipFile(sample)) return { isOk: true, file: null };
  const chosen = chooseTextEncoding(sample);
  if (!chosen.isOk) return chosen;
  const start = new TextDecoder(chosen.encoding).decode(sample.subarray(0, 64 * 1024)).replace(/^\uFEFF/, "");
  const first = start.trimStart()[0];
  if (first === "{") return { isOk: true, file: null };
  if (first === "[") {
    const headers = new Set<string>();
    try {
      for await (const record of readJsonArrayElements(textPieces(path, chosen.encoding))) {
        uhriJsonRow(record, 2, headers);
        break;
      }
    } catch {
      return { isOk: true, file: null };
    }
    if (!headers.has("symbol")) return { isOk: true, file: null };
    return {
      isOk: true,
      file: {
        layout: "uhri-json",
        headers: [...headers],
        note: chosen.note,
        slices: (size) => jsonSlices(path, chosen.encoding, size),
      },
    };
  }
  const delimiter = detectDelimiter(start);
  let headers: string[] = [];
  for await (const slice of csvSlices(path, chosen.encoding, delimiter, 1, true)) {
    headers = slice.headers;
    break;
  }
  const layout = recogniseCsvLayout({ delimiter, headers, rows: [] }).layout ?? null;
  return {
    isOk: true,
    file: {
      layout,
      headers,
      note: chosen.note,
      slices: (size) => csvSlices(path, chosen.encoding, delimiter, size),
    },
  };
}

async function* jsonSlices(path: string, encoding: string, size: number): AsyncGenerator<RowSlice> {
  let rows: ParsedRow[] = [];
  const headers = new Set<string>();
  let rowNumber = 1;
  try {
    for await (const record of readJsonArrayElements(textPieces(path, encoding))) {
      rowNumber += 1;
      rows.push(uhriJsonRow(record, rowNumber, headers));
      // The fields of every record so far: a slice whose records lack one still sees its column.
      if (rows.length === size) {
        yield { headers: [...headers], rows, layout: "uhri-json" };
        rows = [];
      }
    }
  } catch (error) {
    if (error instanceof StreamProblem) throw error;
    throw new StreamProblem(message("fileJsonBroken", { row: rowNumber + 1 }));
  }
  if (rows.length > 0) yield { headers: [...headers], rows, layout: "uhri-json" };
}

async function* csvSlices(
  path: string,
  encoding: string,
  delimiter: string,
  size: number,
  isHeaderOnly = false,
): AsyncGenerator<RowSlice> {
  const parser = Readable.from(textPieces(path, encoding)).pipe(
    parse({
      delimiter,
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: MAX_IMPORT_CELL * 4,
    }),
  );
  let headers: string[] | null = null;
  let kept: number[] = [];
  let rows: ParsedRow[] = [];
  let rowNumber = 1;
  const sliceOf = (): RowSlice => {
    const slice = { headers: headers ?? [], rows };
    // The UPR Info classic export is renamed to the planner's columns a slice at a time.
    return recogniseCsvLayout({ delimiter: delimiter as ParsedFile["delimiter"], ...slice });
  };
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      if (record.length > MAX_IMPORT_COLUMNS)
        throw new StreamProblem(
          headers === null
            ? message("tooManyColumns", { count: record.length, limit: MAX_IMPORT_COLUMNS })
            : message("rowTooManyColumns", { row: rowNumber + 1, count: record.length, limit: MAX_IMPORT_COLUMNS }),
        );
      if (headers === null) {
        headers = record.map((name) => name.trim().toLowerCase());
        const seen = new Set<string>();
        for (const name of headers) {
          if (name !== "" && seen.has(name))
            throw new StreamProblem(message("duplicateColumn", { column: name.slice(0, 100) }));
          seen.add(name);
        }
        kept = headers.flatMap((name, position) => (name !== "" && isImportColumn(name) ? [position] : []));
        if (isHeaderOnly) {
          yield sliceOf();
          return;
        }
        continue;
      }
      rowNumber += 1;
      const values: Record<string, string> = {};
      for (const position of kept) {
        const cell = record[position] ?? "";
        if (cell.length > MAX_IMPORT_CELL)
          throw new StreamProblem(
            message("cellTooLong", { row: rowNumber, column: headers[position]!, limit: MAX_IMPORT_CELL }),
          );
        values[headers[position]!] = stripFormulaGuard(cell);
      }
      rows.push({ rowNumber, values });
      if (rows.length === size) {
        yield sliceOf();
        rows = [];
      }
    }
  } catch (error) {
    if (error instanceof StreamProblem) throw error;
    const found = error as { code?: string; lines?: number };
    const reason = message(found.code === "CSV_QUOTE_NOT_CLOSED" ? "csvQuoteNotClosed" : "csvStrayQuote");
    throw new StreamProblem(message("csvInvalidNearLine", { line: found.lines ?? rowNumber + 1, reason }));
  } finally {
    parser.destroy();
  }
  if (headers === null) throw new StreamProblem(message("noHeaderRow"));
  if (rows.length > 0) yield sliceOf();
}
