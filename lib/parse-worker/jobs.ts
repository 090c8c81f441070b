import { decodeText, extractHtml, extractPlainText } from "../evidence/capture/extract";
import { extractPdf } from "../evidence/capture/pdf";
import { readWorkbookInWorker } from "../import/workbook-read";
import { readDocxTables } from "../import/docx-tables";

export { isTooComplex } from "./too-complex";

/**
 * What a worker thread can do with a document's bytes (lib/parse-worker/pool.ts runs them). Each is
 * a pure function of the bytes and plain options, and returns something structured-clone can copy.
 * Imports here are relative: the worker loads this file with tsx, outside Next's bundle.
 */
export const DOCUMENT_JOBS = {
  /** A captured web page: its title and readable text. */
  "html-text": (bytes: Uint8Array, options: { contentType?: string }) =>
    extractHtml(decodeText(Buffer.from(bytes), options.contentType)),
  /** A captured text file (text/plain, text/csv…): its text. */
  "plain-text": (bytes: Uint8Array, options: { contentType?: string }) =>
    extractPlainText(decodeText(Buffer.from(bytes), options.contentType)),
  /** A captured PDF: its title (metadata) and text. */
  "pdf-text": (bytes: Uint8Array, _options: Record<string, never>) => extractPdf(Buffer.from(bytes)),
  /** An uploaded .xlsx workbook: its first sheet as CSV text, or the refusal. */
  "xlsx-csv": (bytes: Uint8Array, _options: Record<string, never>) => readWorkbookInWorker(bytes),
  /** An uploaded Word document (OHCHR's thematic list): its tables as cell texts, or the refusal. */
  "docx-tables": (bytes: Uint8Array, _options: Record<string, never>) => readDocxTables(bytes),
};

export type DocumentJobs = typeof DOCUMENT_JOBS;
