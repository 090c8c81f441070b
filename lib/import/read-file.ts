import { message } from "@/lib/forms/messages";
import { readThematicList, readUhriJson, recogniseCsvLayout } from "@/lib/recommendations/import-layouts";
import { recommendationField } from "@/lib/recommendations/import-columns";
import { canonicalColumn, type UploadKind } from "./columns";
import { decodeUpload, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "./decode";
import { isDocx } from "./docx-tables";
import { runDocumentJob } from "@/lib/parse-worker/pool";
import { parseCsv, type ParsedFile } from "./parse";
import { isZipFile, readWorkbookAsCsv } from "./workbook";

// One way in for every file, from the browser and the command line alike: the bytes, whatever their
// format (CSV in any encoding, an Excel workbook, a Word thematic list, UHRI's JSON), become the rows
// the planners read, with the layout recognised and the kind of import told from the columns.

export type ReadFile =
  | { isOk: true; kind: UploadKind; file: ParsedFile; note: string | null; content: string }
  | { isOk: false; message: string };

export type ReadLimits = { maxBytes?: number; maxRows?: number };

/** The kind a file's columns call for: status rows, commitments, or recommendations. */
export function detectKind(file: ParsedFile): UploadKind {
  if (file.layout) return "recommendations";
  const columns = new Set(file.headers.map(canonicalColumn));
  if (columns.has("slug") && (columns.has("new_value") || columns.has("field"))) return "statuses";
  if (columns.has("slug")) return "commitments";
  return file.headers.some((header) => recommendationField(header) === "text") ? "recommendations" : "commitments";
}

/**
 * Reads an import file. `kind`, when given, is what the person chose; otherwise it is told from the
 * columns. The commitment kinds read CSV only (Uade's own export, edited); recommendations read
 * every layout in lib/recommendations/import-layouts.ts.
 */
export async function readImportFile(
  bytes: Uint8Array,
  kind: UploadKind | null,
  { maxBytes = MAX_IMPORT_BYTES, maxRows = MAX_IMPORT_ROWS }: ReadLimits = {},
): Promise<ReadFile> {
  if (bytes.byteLength > maxBytes) {
    const size = Number((bytes.byteLength / 1024 / 1024).toFixed(1));
    return { isOk: false, message: message("fileSize", { size, limit: maxBytes / 1024 / 1024 }) };
  }
  const mayBeRecommendations = kind === null || kind === "recommendations";
  if (mayBeRecommendations && isZipFile(bytes) && (await isDocx(bytes))) {
    // Read in a worker thread under a heap cap and a deadline (lib/parse-worker): a hostile
    // document costs a worker, not every request.
    const job = await runDocumentJob("docx-tables", bytes, {});
    const read = job.status === "ok" ? job.value : null;
    if (!read?.isOk)
      return {
        isOk: false,
        message: message(
          job.status === "too-complex" || read?.problem === "tooLarge" ? "fileDocxTooLarge" : "fileDocxUnreadable",
        ),
      };
    const file = readThematicList(read.tables);
    if (!file) return { isOk: false, message: message("fileDocxNoThematicTable") };
    if (file.rows.length > maxRows)
      return { isOk: false, message: message("tooManyRows", { count: file.rows.length, limit: maxRows }) };
    return { isOk: true, kind: "recommendations", file, note: null, content: "" };
  }
  const decoded =
    mayBeRecommendations && isZipFile(bytes) ? await readWorkbookAsCsv(bytes) : decodeUpload(bytes, { maxBytes });
  if (!decoded.isOk) return decoded;
  if (mayBeRecommendations) {
    const json = readUhriJson(decoded.text);
    if (json) {
      if (json.rows.length > maxRows)
        return { isOk: false, message: message("tooManyRows", { count: json.rows.length, limit: maxRows }) };
      return { isOk: true, kind: "recommendations", file: json, note: decoded.note, content: "" };
    }
  }
  // The line ends of old Mac exports (CR only) are read as they are by lib/import/csv-reader.ts.
  const parsed = await parseCsv(decoded.text, { maxRows });
  if (!parsed.isOk) return parsed;
  const { isOk: _, ...plain } = parsed;
  const file = mayBeRecommendations ? recogniseCsvLayout(plain) : plain;
  const chosen = kind ?? detectKind(file);
  return { isOk: true, kind: chosen, file, note: decoded.note, content: file.layout ? "" : decoded.text };
}
