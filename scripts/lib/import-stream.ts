import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { writeFile } from "node:fs/promises";
import { setImmediate as nextTurn } from "node:timers/promises";
import type { ParsedRow } from "@/lib/import/parse";
import type { RowError } from "@/lib/import/plan";
import { skippedRowsCsv } from "@/lib/import/skipped-rows";
import { StreamProblem, type StreamedFile } from "@/lib/import/stream-file";
import { readRecommendationImportState } from "@/lib/recommendations/import-data";
import { planRecommendationImport } from "@/lib/recommendations/import-plan";
import {
  applyImportSlice,
  findUnfinishedImportRun,
  finishImportRun,
  releaseImportHold,
  startImportRun,
} from "@/lib/recommendations/import-run-mutations";
import type { CommandIo } from "./import-command";

/** Rows planned and written per slice: one short transaction each (about 0.1–0.3 s of writing). */
export const SLICE_ROWS = 1_000;

type Words = {
  t: (key: string, values?: Record<string, string | number>) => string;
  say: (text: string) => string;
};

export type StreamingOptions = {
  path: string;
  fileName: string;
  file: StreamedFile;
  actor: { id: string; email: string };
  isDryRun: boolean;
  isYes: boolean;
  skipProblems: boolean;
  skippedCsv: string | undefined;
  confirm: (count: number) => Promise<boolean>;
  /** Rows per slice (tests use small ones). */
  sliceRows?: number;
  /** Called after each slice is written (tests stop a run there, as a kill would). */
  afterSlice?: (rowsDone: number) => void;
};

async function hashFile(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/**
 * A recommendations file too large to hold whole (CSV or UHRI's JSON array), imported from the
 * shell: a first pass checks and plans every row a slice at a time (writing nothing, so a file with
 * problems is refused whole, as in the browser), a second writes it a slice per transaction. Memory
 * holds a slice and the identities seen, not the file. A run killed mid-way is continued by running
 * the same file again (its ImportRun record says how far it got); the summary says so.
 */
export async function runStreamingImport(options: StreamingOptions, io: CommandIo, words: Words): Promise<number> {
  const { t, say } = words;
  const { file, path } = options;
  const size = options.sliceRows ?? SLICE_ROWS;
  const state = await readRecommendationImportState();

  // Pass 1: check and plan every row; nothing is written.
  const totals = { rows: 0, creates: 0, unchanged: 0, skipped: 0 };
  const errors: RowError[] = [];
  const missing = new Set<string>();
  let layout = file.layout ?? "csv";
  let assumedState: string | null = null;
  try {
    const seen = new Map<string, number>();
    for await (const slice of file.slices(size)) {
      const plan = await planRecommendationImport(slice, state, seen);
      layout = plan.layout;
      assumedState = plan.assumedState;
      totals.rows += slice.rows.length;
      totals.creates += plan.creates.length;
      totals.unchanged += plan.unchanged.length;
      totals.skipped += plan.skipped.length;
      errors.push(...plan.errors);
      for (const column of plan.missingColumns) missing.add(column);
      if (missing.size > 0) break;
    }
  } catch (error) {
    if (!(error instanceof StreamProblem)) throw error;
    io.err(say(error.message));
    return 1;
  }
  io.out(t("reading", { path, kind: "recommendations", layout, rows: totals.rows }));
  io.out(t("streamed", { size, rows: totals.rows }));
  if (file.note) io.out(say(file.note));
  if (assumedState) io.out(t("assumedState", { state: assumedState }));
  io.out(
    t("summaryRecommendations", {
      created: totals.creates,
      unchanged: totals.unchanged,
      skipped: totals.skipped,
      problems: errors.length,
    }),
  );
  if (missing.size > 0) io.out(t("missingColumns", { columns: [...missing].join(", ") }));
  for (const error of errors)
    io.out(t("problem", { row: error.rowNumber, column: error.column, message: say(error.message) }));
  if (missing.size > 0 || (errors.length > 0 && !options.skipProblems)) {
    io.out(t(options.isDryRun ? "dryRunProblems" : "nothingWritten"));
    return 1;
  }
  if (options.isDryRun) {
    io.out(t("dryRunDone"));
    return errors.length === 0 ? 0 : 1;
  }
  if (!(await options.confirm(totals.creates))) return 3;

  // Pass 2: write a slice per transaction, continuing an unfinished run of the same file.
  const fileHash = await hashFile(path);
  const earlier = await findUnfinishedImportRun(fileHash);
  const run =
    earlier ??
    (await startImportRun({ fileHash, fileName: options.fileName, note: file.note, actorId: options.actor.id }));
  const resumedAfterRow = earlier ? earlier.rowsDone : null;
  if (earlier) io.out(t("resumed", { row: earlier.rowsDone, created: earlier.created }));
  const problemRows = new Set(errors.map((error) => error.rowNumber));
  const leftOut: ParsedRow[] = [];
  let headers: string[] = [];
  let done = 0;
  const seen = new Map<string, number>();
  try {
    for await (const slice of file.slices(size)) {
      headers = slice.headers;
      const lastRow = slice.rows.at(-1)?.rowNumber ?? 0;
      done += slice.rows.length;
      for (const row of slice.rows) if (problemRows.has(row.rowNumber)) leftOut.push(row);
      if (lastRow <= run.rowsDone) continue;
      const plan = await planRecommendationImport(slice, state, seen);
      const fresh = plan.errors.filter((error) => !problemRows.has(error.rowNumber));
      if (fresh.length > 0) {
        // The file changed between the two passes: what is written stays, recorded; a re-run continues.
        io.err(t("problem", { row: fresh[0]!.rowNumber, column: fresh[0]!.column, message: say(fresh[0]!.message) }));
        await releaseImportHold();
        return 1;
      }
      await applyImportSlice(run, plan, lastRow);
      options.afterSlice?.(run.rowsDone);
      io.progress?.(done, totals.rows);
      // Between slices the database is free: the server's own writes go in here.
      await nextTurn();
    }
  } catch (error) {
    // What was written shows at once (were the process killed, or the release to fail, the hold
    // would lapse by itself); the error that stopped the run is the one to report.
    await releaseImportHold().catch(() => undefined);
    if (!(error instanceof StreamProblem)) throw error;
    io.err(say(error.message));
    return 1;
  }
  await finishImportRun(run, options.actor.id, {
    layout,
    unchanged: totals.unchanged,
    skipped: totals.skipped,
    problemRowsLeftOut: [...problemRows],
    resumedAfterRow,
  });
  if (leftOut.length > 0) {
    const output = options.skippedCsv ?? `${path}.skipped.csv`;
    await writeFile(output, await skippedRowsCsv({ delimiter: ",", headers, rows: leftOut }, errors, say));
    io.out(t("skippedWritten", { path: output, count: problemRows.size }));
  }
  io.out(t("applied", { created: run.created, actor: options.actor.email }));
  return 0;
}
