import ExcelJS from "exceljs";
import { neutraliseFormula } from "@/lib/open-data/csv";
import { xmlSafeText } from "@/lib/text/unsafe-characters";
import { sheetsByTheme, type ShadowTable } from "./table";

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

/**
 * The shadow report as an Excel workbook: a summary sheet, then one sheet per theme, each with a
 * frozen bold header row, wrapped text, set column widths and a print setup (PRINT_SETUP), ready to
 * paste into a submission or print as an annex.
 * Written with exceljs's streaming writer, which commits rows as it goes instead of holding the
 * whole workbook's XML in memory.
 */
export async function shadowXlsx(table: ShadowTable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const { Writable } = await import("node:stream");
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      callback();
    },
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
  workbook.creator = "Uade";

  const summary = workbook.addWorksheet(table.summaryName, {
    views: FROZEN_HEADER,
    pageSetup: { ...PRINT_SETUP, orientation: "portrait", printTitlesRow: undefined },
  });
  summary.columns = [
    { header: table.title, width: 60 },
    { header: "", width: 16 },
  ];
  summary.getRow(1).font = { bold: true };
  for (const line of table.subtitle) summary.addRow([cell(line)]).commit();
  summary.addRow([]).commit();
  for (const [label, value] of table.summary)
    summary.addRow([cell(label), typeof value === "number" ? value : cell(value)]).commit();
  summary.commit();

  for (const sheet of sheetsByTheme(table)) {
    const widths = table.columns.map((column) => column.width);
    const worksheet = workbook.addWorksheet(sheet.name, { views: FROZEN_HEADER, pageSetup: PRINT_SETUP });
    worksheet.columns = table.columns.map((column) => ({
      header: column.header,
      width: column.width,
      style: { alignment: { wrapText: true, vertical: "top" } },
    }));
    const header = worksheet.getRow(1);
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: "top" };
    header.commit();
    for (const row of sheet.rows) {
      const added = worksheet.addRow(row.map(cell));
      added.height = rowHeight(row, widths);
      added.commit();
    }
    worksheet.commit();
  }
  await workbook.commit();
  return Buffer.concat(chunks);
}
