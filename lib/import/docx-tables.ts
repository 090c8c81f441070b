import { Parser } from "htmlparser2";
import JSZip from "jszip";
import { isTooComplex } from "../parse-worker/too-complex";
import { unpackCounted } from "./zip-counted";

// The tables of a Word document (.docx), as text: what OHCHR's "Thematic list of recommendations"
// holds. A pure function of the file's bytes (no database, no I/O), so it can run in a worker.

/** Most bytes the document part may unpack to: a thematic list of 300 recommendations is about 2 MB. */
export const MAX_DOCX_XML_BYTES = 40 * 1024 * 1024;
/** Most rows read across all tables, and cells per row. */
export const MAX_DOCX_ROWS = 100_000;
export const MAX_DOCX_CELLS = 200;

/** Each table's rows, each row's cells as text (paragraphs separated by "\n"). */
export type DocxTables = string[][][];
export type DocxResult = { isOk: true; tables: DocxTables } | { isOk: false; problem: "unreadable" | "tooLarge" };

/** Whether a ZIP's parts make it a Word document. */
export async function isDocx(bytes: Uint8Array): Promise<boolean> {
  try {
    return (await JSZip.loadAsync(bytes)).file("word/document.xml") !== null;
  } catch {
    return false;
  }
}

/**
 * Reads every table of a .docx: word/document.xml is unpacked with its bytes counted as they come
 * (never trusting the sizes the ZIP declares), at most MAX_DOCX_XML_BYTES, and reading stops at
 * MAX_DOCX_ROWS rows. Tables nested in a cell count as that cell's text. Runs in a worker thread
 * (lib/parse-worker, job "docx-tables"): call it through readImportFile.
 */
export async function readDocxTables(bytes: Uint8Array): Promise<DocxResult> {
  let xml: string;
  try {
    const zip = await JSZip.loadAsync(bytes);
    const part = zip.file("word/document.xml");
    if (!part) return { isOk: false, problem: "unreadable" };
    xml = (await unpackCounted(part, MAX_DOCX_XML_BYTES, "the Word document")).toString("utf8");
  } catch (error) {
    return { isOk: false, problem: isTooComplex(error) ? "tooLarge" : "unreadable" };
  }
  return { isOk: true, tables: tablesOfDocumentXml(xml) };
}

/** The tables of word/document.xml's text. */
export function tablesOfDocumentXml(xml: string): DocxTables {
  const tables: DocxTables = [];
  let depth = 0;
  let rows = 0;
  let row: string[] | null = null;
  let cell: string[] | null = null;
  let isText = false;
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === "w:tbl") {
          depth += 1;
          if (depth === 1) tables.push([]);
        } else if (depth === 1 && name === "w:tr") row = [];
        else if (depth === 1 && name === "w:tc") cell = [""];
        else if (cell && name === "w:p" && cell[cell.length - 1] !== "") cell.push("");
        else if (cell && name === "w:t") isText = true;
        else if (cell && name === "w:tab") cell[cell.length - 1] += "\t";
        else if (cell && name === "w:br") cell.push("");
      },
      ontext(text) {
        if (isText && cell) cell[cell.length - 1] += decodeEntities(text);
      },
      onclosetag(name) {
        if (name === "w:t") isText = false;
        else if (name === "w:tbl") depth -= 1;
        else if (depth === 1 && name === "w:tc" && row && cell) {
          if (row.length < MAX_DOCX_CELLS) row.push(cell.join("\n").trim());
          cell = null;
        } else if (depth === 1 && name === "w:tr" && row) {
          if (rows < MAX_DOCX_ROWS) tables[tables.length - 1]?.push(row);
          rows += 1;
          row = null;
        }
      },
    },
    { xmlMode: true, decodeEntities: false },
  );
  parser.end(xml);
  return tables;
}

/** XML's five entities and numeric references (Word writes only these). */
function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos));/gi, (whole, decimal, hex, name) => {
    if (decimal) return String.fromCodePoint(Number(decimal));
    if (hex) return String.fromCodePoint(parseInt(hex as string, 16));
    return ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" } as Record<string, string>)[name as string] ?? whole;
  });
}
