import { message } from "@/lib/forms/messages";
import { DEFAULT_JOB_LIMITS, runDocumentJob, type DocumentJobLimits } from "@/lib/parse-worker/pool";
import type { DecodeResult } from "./decode";
import { MAX_WORKBOOK_UNPACKED_BYTES } from "./workbook-read";

// An Excel workbook (.xlsx) upload, as UHRI's "Export to Excel" gives it, turned into the CSV text
// the rest of the import reads. The reading (lib/import/workbook-read.ts) runs in a worker thread
// under a heap cap and a deadline, with every part's unpacked bytes counted as they come.

export { MAX_WORKBOOK_UNPACKED_BYTES };

/** An .xlsx file: a ZIP ("PK\x03\x04") whose parts include the workbook. The old binary .xls is not one. */
export function isZipFile(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * Reads the first sheet of an .xlsx upload into CSV text (comma-separated, every cell quoted) with
 * a note naming the sheet, off the event loop. A damaged, empty or oversized workbook, or one too
 * complex to read within the worker's limits, is refused with what to do instead.
 */
export async function readWorkbookAsCsv(
  bytes: Uint8Array,
  limits: DocumentJobLimits = DEFAULT_JOB_LIMITS,
): Promise<DecodeResult> {
  const result = await runDocumentJob("xlsx-csv", bytes, {}, limits);
  if (result.status === "ok") return result.value;
  // Killed past the worker's deadline or heap cap (too many unpacked bytes are refused by count).
  if (result.status === "too-complex")
    return {
      isOk: false,
      message: message("fileWorkbookTooComplex", {
        seconds: limits.deadlineMs / 1000,
        megabytes: limits.heapMb,
      }),
    };
  console.warn("An uploaded workbook could not be read:", result.detail);
  return { isOk: false, message: message("fileWorkbookUnreadable") };
}
