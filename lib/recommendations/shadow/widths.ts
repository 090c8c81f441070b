import type { ShadowColumn, ShadowTable } from "./table";

// The DOCX table's measured column widths. A character of 9 pt text is at most about 90 twips wide
// (bold 100; LibreOffice's PDF of a Russian table showed 84); each cell has CELL_MARGIN_TWIPS of
// padding either side. A column is at least as wide as the longest word of its header and of its
// short values ("Пункт", "141.12", "CAT/C/KAZ/CO/4" never break inside); in text columns words count
// up to LONGEST_WORD_COUNTED characters (URLs and SHA-256s wrap anyway); what is left of the page is
// shared in proportion to each column's weight.
const CHAR_TWIPS = 90;
const BOLD_CHAR_TWIPS = 100;
/** Left and right cell margins (tblCellMar), narrower than Word's 108 so ten columns fit. */
export const CELL_MARGIN_TWIPS = 72;
const CELL_PADDING_TWIPS = 2 * CELL_MARGIN_TWIPS;
const LONGEST_WORD_COUNTED = 10;
const MAX_WEIGHT = 50;
/** Short columns (document symbol, paragraph) keep values up to this long on one line. */
const SHORT_COLUMN = 20;

const longestWord = (text: string) => Math.max(0, ...text.split(/\s+/).map((word) => [...word].length));

/**
 * Measures the columns row by row, so a streamed export can size its table in a first pass without
 * holding the rows (issue 24): it keeps one number per column.
 */
export function measureColumns(columns: readonly ShadowColumn[]) {
  const words = columns.map(() => 0);
  const caps = columns.map((column) => (column.width <= SHORT_COLUMN ? SHORT_COLUMN : LONGEST_WORD_COUNTED));
  return {
    add(cells: readonly string[]): void {
      for (let index = 0; index < columns.length; index += 1) {
        const cap = caps[index] ?? LONGEST_WORD_COUNTED;
        // Words beyond the cap change nothing: the column is already as wide as it will get.
        if ((words[index] ?? 0) < cap)
          words[index] = Math.max(words[index] ?? 0, Math.min(cap, longestWord(cells[index] ?? "")));
      }
    },
    /** Column widths in twips that fill `total`: each at least its longest header word and short value. */
    widths(total: number): number[] {
      const minimums = columns.map(
        (column, index) =>
          CELL_PADDING_TWIPS + Math.max(longestWord(column.header) * BOLD_CHAR_TWIPS, (words[index] ?? 0) * CHAR_TWIPS),
      );
      const spare = Math.max(0, total - minimums.reduce((sum, width) => sum + width, 0));
      // The evidence column's spreadsheet width is set for a 64-character hash on one line; on paper the
      // hash wraps, so no column weighs more than MAX_WEIGHT, and the recommendation's text twice that.
      const weightOf = (column: ShadowColumn | undefined) =>
        column?.isMain ? 2 * MAX_WEIGHT : Math.min(MAX_WEIGHT, column?.width ?? 0);
      const weights = columns.reduce((sum, column) => sum + weightOf(column), 0);
      return minimums.map((minimum, index) => Math.floor(minimum + (spare * weightOf(columns[index])) / weights));
    },
  };
}

/** Column widths in twips that fill `total`: each at least its longest header word and short value. */
export function measureColumnWidths(table: Pick<ShadowTable, "columns" | "rows">, total: number): number[] {
  const measure = measureColumns(table.columns);
  for (const row of table.rows) measure.add(row.cells);
  return measure.widths(total);
}
