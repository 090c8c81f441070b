import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { neutraliseFormula } from "@/lib/open-data/csv";
import { xmlSafeText } from "@/lib/text/unsafe-characters";
import { bufferOf, waitUntil } from "./stream-output";
import { sheetsByTheme, type ShadowHead, type ShadowTable } from "./table";

const cell = (value: string) => neutraliseFormula(xmlSafeText(value));

const LINE_POINTS = 15;

/**
 * Printed as a submission annex: A4 landscape, every column on one page's width (as many pages
 * down as it takes), the header row repeated on each page, narrow margins.
 */
const PRINT_SETUP = {
  paperSize: 9, // A4
  orientation: "landscape",
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  printTitlesRow: "1:1",
  margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
} as const;
const FROZEN_HEADER = [{ state: "frozen" as const, ySplit: 1 }];
/** Excel's tallest row. */
const MAX_ROW_POINTS = 409;

/**
 * A row tall enough for its longest wrapped cell. Spreadsheets do not grow a row for wrapped text
 * they load (LibreOffice printed only the first lines of a cell, measured), so the height is set:
 * lines estimated from each paragraph's length against the column width.
 */
function rowHeight(cells: string[], widths: number[]): number {
  let lines = 1;
  cells.forEach((value, index) => {
    const perLine = Math.max(1, Math.floor((widths[index] ?? 10) * 0.9));
    const cellLines = value
      .split("\n")
      .reduce((sum, paragraph) => sum + Math.max(1, Math.ceil(paragraph.length / perLine)), 0);
    lines = Math.max(lines, cellLines);
  });
  return Math.min(MAX_ROW_POINTS, lines * LINE_POINTS);
}

/** A workbook to write as its rows are read: the summary's head, then each theme's sheet, rows in batches. */
export type ShadowWorkbook = {
  head: ShadowHead;
  sheets: { name: string; rows: () => AsyncIterable<string[][]> | Iterable<string[][]> }[];
};

/** Sheet XML allowed to wait for the zip before the writer stops for the reader (about one batch of rows). */
const MAX_BACKLOG_BYTES = 1024 * 1024;

/** A stream's queues, as Node's streams and readable-stream 2 and 3 all keep them. */
type Queued = { _writableState?: { length?: number }; _readableState?: { length?: number } };

/**
 * Bytes of a sheet's XML that exceljs has handed to the zip and the zip has not yet taken. exceljs's
 * sheet stream (StreamBuf) writes on without waiting, into the PassThrough archiver wraps it in
 * (readable-stream 2, without `writableLength`), which the zip reads only as fast as the file's
 * reader reads: without this count a slow download would gather the whole sheet there. Reads
 * exceljs 4.4's `stream.pipes` and the streams' queue lengths; stream-output.test.ts fails if they move.
 */
function backlogOf(worksheet: ExcelJS.Worksheet): number {
  const pipes = (worksheet as unknown as { stream?: { pipes?: Queued[] } }).stream?.pipes ?? [];
  return pipes.reduce((sum, pipe) => sum + (pipe._writableState?.length ?? 0) + (pipe._readableState?.length ?? 0), 0);
}

/**
 * The shadow report as an Excel workbook into `output`: a summary sheet, then one sheet per theme,
 * each with a frozen bold header row, wrapped text, set column widths and a print setup
 * (PRINT_SETUP), ready to paste into a submission or print as an annex. exceljs's streaming writer
 * commits each row as it comes, one sheet open at a time, and waits while the reader catches up, so
 * memory stays flat for any number of rows (issue 24). Ends `output` when done.
 */
export async function writeShadowXlsx(book: ShadowWorkbook, output: Writable): Promise<void> {
  const { head } = book;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = "Uade";

  const summary = workbook.addWorksheet(head.summaryName, {
    views: FROZEN_HEADER,
    pageSetup: { ...PRINT_SETUP, orientation: "portrait", printTitlesRow: undefined },
  });
  summary.columns = [
    { header: head.title, width: 60 },
    { header: "", width: 16 },
  ];
  summary.getRow(1).font = { bold: true };
  for (const line of head.subtitle) summary.addRow([cell(line)]).commit();
  summary.addRow([]).commit();
  for (const [label, value] of head.summary)
    summary.addRow([cell(label), typeof value === "number" ? value : cell(value)]).commit();
  summary.commit();

  const widths = head.columns.map((column) => column.width);
  for (const sheet of book.sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, { views: FROZEN_HEADER, pageSetup: PRINT_SETUP });
    worksheet.columns = head.columns.map((column) => ({
      header: column.header,
      width: column.width,
      style: { alignment: { wrapText: true, vertical: "top" } },
    }));
    const header = worksheet.getRow(1);
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: "top" };
    header.commit();
    for await (const batch of sheet.rows()) {
      // Waiting here, after the next batch is read, lets the zip work on the last one meanwhile.
      await waitUntil(() => backlogOf(worksheet) <= MAX_BACKLOG_BYTES, output);
      for (const row of batch) {
        const added = worksheet.addRow(row.map(cell));
        added.height = rowHeight(row, widths);
        added.commit();
      }
    }
    worksheet.commit();
  }
  await workbook.commit();
}

/** The whole table's workbook as one Buffer (the tests; exports stream through writeShadowXlsx). */
export function shadowXlsx(table: ShadowTable): Promise<Buffer> {
  const sheets = sheetsByTheme(table).map(({ name, rows }) => ({ name, rows: () => [rows] }));
  return bufferOf((output) => writeShadowXlsx({ head: table, sheets }, output));
}
