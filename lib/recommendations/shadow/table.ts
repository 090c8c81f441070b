// The shadow-report table as plain strings, built once and written as XLSX, DOCX or CSV, so the
// three downloads always hold the same rows in the same words.

export type ShadowColumn = {
  header: string;
  /** Spreadsheet column width in characters. */
  width: number;
  /** The recommendation's text: the column a page gives most room. */
  isMain?: boolean;
};

export type ShadowTable = ShadowHead & {
  /** All rows, in report order. */
  rows: { themes: string[]; cells: string[] }[];
};

/** Everything of the table but its rows: what a streamed export writes before and around them. */
export type ShadowHead = {
  title: string;
  /** Lines under the title: organisation, mechanism, cycle, date made. */
  subtitle: string[];
  columns: ShadowColumn[];
  /** The sheet for rows the export gave no theme. */
  noThemeName: string;
  summaryName: string;
  /** Label and number pairs of the mechanism summary. */
  summary: [string, string | number][];
};

const FORBIDDEN_SHEET = /[\\/?*[\]:]/g;
/** Excel's limit on a sheet name. */
const SHEET_NAME_MAX = 31;

/**
 * `text` in at most `max` characters, cut between words and marked with an ellipsis when it is
 * longer ("Torture and other cruel, inhuman…"); a single word longer than that is cut with the mark.
 */
export function abbreviate(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max - 1);
  const lastSpace = room.search(/\s\S*$/);
  const cut = lastSpace > max / 3 ? room.slice(0, lastSpace) : room;
  return `${cut.replace(/[\s,;.\-–—]+$/, "")}…`;
}

/** The themes a row is listed under in the XLSX: its own, or the "No theme" sheet's. */
export const sheetThemesOf = (themes: string[], head: Pick<ShadowHead, "noThemeName">): string[] =>
  themes.length > 0 ? themes : [head.noThemeName];

/**
 * The XLSX's sheet for each theme: in name order, rows without a theme last; names unique (the
 * summary's taken first), at most 31 characters, without the characters Excel refuses.
 */
export function nameThemeSheets(
  themes: Iterable<string>,
  head: Pick<ShadowHead, "noThemeName" | "summaryName">,
): { theme: string; name: string }[] {
  const used = new Set<string>([head.summaryName.toLowerCase()]);
  const sorted = [...new Set(themes)].sort((a, b) =>
    a === head.noThemeName ? 1 : b === head.noThemeName ? -1 : a.localeCompare(b),
  );
  return sorted.map((theme) => {
    // A typographic apostrophe: a straight one would need doubling in the print-titles reference.
    const clean = theme.replace(FORBIDDEN_SHEET, " ").replace(/'/g, "’").replace(/\s+/g, " ").trim() || "-";
    const base = abbreviate(clean, SHEET_NAME_MAX);
    let name = base;
    for (let index = 2; used.has(name.toLowerCase()); index += 1)
      name = `${abbreviate(clean, SHEET_NAME_MAX - String(index).length - 1)} ${index}`;
    used.add(name.toLowerCase());
    return { theme, name };
  });
}

/** Sheets of the XLSX: one per theme (in name order), rows without a theme last. Names unique, at most 31 characters. */
export function sheetsByTheme(table: ShadowTable): { name: string; rows: string[][] }[] {
  const groups = new Map<string, string[][]>();
  for (const row of table.rows) {
    for (const theme of sheetThemesOf(row.themes, table)) {
      const group = groups.get(theme) ?? [];
      group.push(row.cells);
      groups.set(theme, group);
    }
  }
  return nameThemeSheets(groups.keys(), table).map(({ theme, name }) => ({ name, rows: groups.get(theme) ?? [] }));
}
