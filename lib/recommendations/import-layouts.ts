import type { ParsedFile, ParsedRow } from "@/lib/import/parse";
import type { DocxTables } from "@/lib/import/docx-tables";
import { normaliseHeader } from "./import-columns";

// The real files NGOs hold, turned into rows under the import's own field names
// (lib/recommendations/import-columns.ts), each naming the layout it was recognised as:
// - "upr-info-classic": UPR Info's classic CSV (To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session)
// - "upr-info": UPR Info's current database export (State under Review, Recommending State, Action Category…)
// - "uhri": the Universal Human Rights Index's Excel/CSV export; "uhri-json": its JSON download
// - "thematic-list-2/3/4": OHCHR's "Thematic list of recommendations" (.docx), by generation of columns
export const LAYOUTS = [
  "uhri",
  "uhri-json",
  "upr-info",
  "upr-info-classic",
  "thematic-list-2",
  "thematic-list-3",
  "thematic-list-4",
] as const;
export type Layout = (typeof LAYOUTS)[number];

export function isLayout(value: string | undefined): value is Layout {
  return (LAYOUTS as readonly string[]).includes(value ?? "");
}

const CLASSIC_HEADERS = ["to", "to_rgrp", "to_org", "text", "from", "from_rgrp", "from_org", "response", "action"];

/** UPR Info's classic CSV, renamed to the import's fields; any other file comes back as it was. */
export function recogniseCsvLayout(file: ParsedFile): ParsedFile {
  const names = file.headers.map(normaliseHeader);
  if (!CLASSIC_HEADERS.every((name) => names.includes(name))) return file;
  const column = (name: string) => file.headers[names.indexOf(name)] ?? "";
  const rename: [string, string][] = [
    ["to", "state_under_review"],
    ["text", "text"],
    ["from", "recommending_state"],
    ["response", "response"],
    ["action", "action_category"],
    ["issue", "themes"],
    ["session", "upr_session"],
  ];
  const present = rename.filter(([from]) => names.includes(from));
  return {
    delimiter: file.delimiter,
    headers: ["mechanism", ...present.map(([, to]) => to)],
    layout: "upr-info-classic",
    rows: file.rows.map((row) => ({
      rowNumber: row.rowNumber,
      values: Object.fromEntries([
        ["mechanism", "UPR"],
        ...present.map(([from, to]) => {
          const value = row.values[column(from)] ?? "";
          // The classic export separates several issues with commas inside one cell.
          return [to, to === "upr_session" && /^\d+$/.test(value.trim()) ? `Session ${value.trim()}` : value];
        }),
      ]),
    })),
  };
}

const UHRI_JSON_FIELDS: Record<string, string> = {
  symbol: "symbol",
  text: "text",
  publicationdate: "date",
  countries: "state_under_review",
  affectedpersons: "affected_groups",
  themes: "themes",
  sdgs: "sdg_targets",
  body: "mechanism",
  recommendingstates: "recommending_state",
  uprrecommendingstates: "recommending_state",
  uprposition: "response",
  position: "response",
  uprsession: "upr_session",
  session: "cycle",
  paragraph: "paragraph",
};

/** A UHRI JSON value as one cell: lists become "- item" lines as UHRI's spreadsheet writes them. */
function cellOf(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.map((item) => `- ${cellOf(item)}`).join("\n");
  if (typeof value === "object") {
    const named = value as Record<string, unknown>;
    return cellOf(named.name ?? named.Name ?? named.title ?? named.Title ?? named.code ?? "");
  }
  return String(value);
}

/** One UHRI JSON record as a row of cells; the fields it has are added to `headers`. */
export function uhriJsonRow(record: unknown, rowNumber: number, headers: Set<string>): ParsedRow {
  const values: Record<string, string> = {};
  if (record && typeof record === "object")
    for (const [key, value] of Object.entries(record as Record<string, unknown>)) {
      const field = UHRI_JSON_FIELDS[key.toLowerCase().replace(/[^a-z]/g, "")];
      if (!field) continue;
      headers.add(field);
      values[field] = field === "date" ? cellOf(value).slice(0, 10) : cellOf(value);
    }
  return { rowNumber, values };
}

/**
 * UHRI's JSON download: an array of records (or `{ "value"/"records"/"data": [...] }`, or one record
 * per line) with Symbol, Text, PublicationDate, AnnotationType, Countries, AffectedPersons, Themes,
 * Sdgs, Body. Null when the text is not such JSON.
 */
export function readUhriJson(text: string): ParsedFile | null {
  const trimmed = text.replace(/^\uFEFF/, "").trim();
  if (!trimmed.startsWith("[") && !trimmed.startsWith("{")) return null;
  let records: unknown[];
  try {
    const parsed: unknown = JSON.parse(trimmed);
    const inner = parsed as Record<string, unknown>;
    records = Array.isArray(parsed)
      ? parsed
      : (([inner.value, inner.records, inner.data, inner.items].find(Array.isArray) as unknown[] | undefined) ?? [
          parsed,
        ]);
  } catch {
    // JSON lines: one record per line.
    try {
      records = trimmed
        .split(/\r?\n/)
        .filter((line) => line.trim() !== "")
        .map((line) => JSON.parse(line) as unknown);
    } catch {
      return null;
    }
  }
  const first = records[0];
  if (!first || typeof first !== "object" || !Object.keys(first).some((key) => key.toLowerCase() === "symbol"))
    return null;
  const headers = new Set<string>();
  // Record 1 is "row 2", as if the records were a spreadsheet under a header row.
  const rows: ParsedRow[] = records.map((record, index) => uhriJsonRow(record, index + 2, headers));
  return { delimiter: ",", headers: [...headers], rows, layout: "uhri-json" };
}

const THEME_ROW = /^\s*theme\s*:/i;

/** The generation of a thematic list from its header row, or null when the table is not one. */
function thematicGeneration(header: string[]): Layout | null {
  const cells = header.map((cell) => cell.toLowerCase().replace(/\s+/g, " ").trim());
  if (cells[0]?.startsWith("recommendation and recommending state") && cells.some((cell) => cell.includes("sdg")))
    return "thematic-list-4";
  if (cells[0] === "recommendation" && cells[1] === "position" && cells[2]?.startsWith("full list of themes"))
    return "thematic-list-2";
  return null;
}

/** "140.7 Ratify … (Maldives) (Portugal);" → paragraph, text and the states in brackets at the end. */
export function splitThematicRecommendation(cell: string): { paragraph: string; text: string; states: string[] } {
  let text = cell.replace(/\s+/g, " ").trim();
  const number = /^(\d{1,4}\.\d{1,4})\s+/.exec(text);
  const paragraph = number ? number[1]! : "";
  if (number) text = text.slice(number[0].length);
  text = text.replace(/[;.]\s*$/, "");
  const states: string[] = [];
  for (let match = /\s*\(([^()]{2,80})\)\s*$/.exec(text); match; match = /\s*\(([^()]{2,80})\)\s*$/.exec(text)) {
    states.unshift(match[1]!.trim());
    text = text.slice(0, match.index);
  }
  return { paragraph, text: text.trim(), states };
}

/** Themes, affected persons and (3rd generation) SDGs of a themes cell, each as "- item" lines. */
function splitThemesCell(cell: string): { themes: string[]; groups: string[]; sdgs: string[] } {
  const out = { themes: [] as string[], groups: [] as string[], sdgs: [] as string[] };
  let section: keyof typeof out = "themes";
  for (const raw of cell.split(/\n/)) {
    const line = raw.trim();
    if (line === "") continue;
    if (/^affected persons\s*:/i.test(line)) {
      section = "groups";
      const rest = line.replace(/^affected persons\s*:\s*/i, "");
      if (rest) out.groups.push(rest);
      continue;
    }
    if (/^sdgs?\s*:/i.test(line)) {
      section = "sdgs";
      const rest = line.replace(/^sdgs?\s*:\s*/i, "");
      if (rest) out.sdgs.push(rest);
      continue;
    }
    // Theme lines carry UHRI's code first: "A12 Acceptance of international norms".
    out[section].push(section === "themes" ? line.replace(/^[-–•]?\s*[A-Z]\d{1,3}\s+/, "") : line);
  }
  return out;
}

/** Position and its source: "Supported\nSource of Position: A/HRC/59/15/Add.1 - Para.3". */
function splitPositionCell(cell: string): { position: string; source: string } {
  const source = /source of position\s*:\s*(.+)$/im.exec(cell)?.[1]?.trim() ?? "";
  const position = cell
    .replace(/source of position\s*:.*$/im, "")
    .replace(/\s+/g, " ")
    .trim();
  return { position, source };
}

/** OHCHR's thematic list: the first table with a thematic header, its theme rows skipped. Null when none is found. */
export function readThematicList(tables: DocxTables): ParsedFile | null {
  for (const table of tables) {
    const headerIndex = table.findIndex((row) => thematicGeneration(row) !== null);
    if (headerIndex === -1) continue;
    let layout = thematicGeneration(table[headerIndex]!)!;
    const body = table.slice(headerIndex + 1);
    if (layout === "thematic-list-2" && body.some((row) => /(^|\n)\s*sdgs?\s*:/i.test(row[2] ?? "")))
      layout = "thematic-list-3";
    const cycle = layout === "thematic-list-4" ? "4th cycle" : layout === "thematic-list-3" ? "3rd cycle" : "2nd cycle";
    const rows: ParsedRow[] = [];
    for (const [index, cells] of body.entries()) {
      const first = cells[0] ?? "";
      // Theme rows (one merged cell, "Theme: A12 …") and empty rows only group the list.
      if (THEME_ROW.test(first) || cells.every((cell) => cell.trim() === "")) continue;
      const { paragraph, text, states } = splitThematicRecommendation(first);
      const { position, source } = splitPositionCell(cells[1] ?? "");
      const themes = splitThemesCell(cells[2] ?? "");
      const sdgs = layout === "thematic-list-4" ? (cells[3] ?? "").split("\n") : themes.sdgs;
      rows.push({
        // Row numbers as Word shows the table: the header is row 1.
        rowNumber: headerIndex + index + 2,
        values: {
          mechanism: "UPR",
          cycle,
          paragraph,
          text,
          recommending_state: states.join("\n"),
          response: position,
          position_source: source,
          themes: themes.themes.join("\n"),
          affected_groups: themes.groups.join("\n"),
          sdg_targets: sdgs
            .map((line) => line.trim())
            .filter((line) => line !== "")
            .join("\n"),
        },
      });
    }
    const headers = [
      "mechanism",
      "cycle",
      "paragraph",
      "text",
      "recommending_state",
      "response",
      "position_source",
      "themes",
      "affected_groups",
      "sdg_targets",
    ];
    return { delimiter: ",", headers, rows, layout };
  }
  return null;
}
