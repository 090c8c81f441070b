// The shadow-report table as plain strings, built once and written as XLSX, DOCX or CSV, so the
// three downloads always hold the same rows in the same words.

export type ShadowColumn = { header: string; /** Spreadsheet column width in characters. */ width: number };

export type ShadowTable = {
  title: string;
  /** Lines under the title: organisation, mechanism, cycle, date made. */
  subtitle: string[];
  columns: ShadowColumn[];
  /** All rows, in report order. */
  rows: { themes: string[]; cells: string[] }[];
  /** The sheet for rows the export gave no theme. */
  noThemeName: string;
  summaryName: string;
  /** Label and number pairs of the mechanism summary. */
  summary: [string, string | number][];
};

const FORBIDDEN_SHEET = /[\\/?*[\]:]/g;

/** Sheets of the XLSX: one per theme (in name order), rows without a theme last. Names unique, at most 31 characters. */
export function sheetsByTheme(table: ShadowTable): { name: string; rows: string[][] }[] {
  const groups = new Map<string, string[][]>();
  for (const row of table.rows) {
    const themes = row.themes.length > 0 ? row.themes : [table.noThemeName];
    for (const theme of themes) {
      const group = groups.get(theme) ?? [];
      group.push(row.cells);
      groups.set(theme, group);
    }
  }
  const used = new Set<string>([table.summaryName.toLowerCase()]);
  const names = [...groups.keys()].sort((a, b) =>
    a === table.noThemeName ? 1 : b === table.noThemeName ? -1 : a.localeCompare(b),
  );
  return names.map((theme) => {
    const base =
      theme
        .replace(FORBIDDEN_SHEET, " ")
        .replace(/^'+|'+$/g, "")
        .trim()
        .slice(0, 31) || "-";
    let name = base;
    for (let index = 2; used.has(name.toLowerCase()); index += 1)
      name = `${base.slice(0, 31 - String(index).length - 1)} ${index}`;
    used.add(name.toLowerCase());
    return { name, rows: groups.get(theme) ?? [] };
  });
}
