import "server-only";
import type { Writable } from "node:stream";
import { DEFAULT_LOCALE, type Locale } from "@/i18n/locales";
import { IN_CHUNK } from "@/lib/db/keyset";
import { buildShadowTable, themesOf, type ShadowContext } from "./build-table";
import {
  newShadowCommitmentCache,
  readShadowOrder,
  streamShadowRowsById,
  type ShadowCommitmentCache,
  type ShadowRecommendation,
} from "./data";
import { writeShadowDocx } from "./docx";
import { NO_SUMMARY, readShadowContext, type ShadowParams, type ShadowReportContext } from "./report";
import { assertOutputOpen, webStreamOf } from "./stream-output";
import { countShadowSummary } from "./summary";
import { nameThemeSheets, sheetThemesOf } from "./table";
import { measureColumns } from "./widths";
import { writeShadowXlsx } from "./xlsx";

// The XLSX and DOCX downloads, streamed (issue 24). Both put what every row sums up (the summary,
// the DOCX's column widths, the XLSX's sheets) before the rows, so each reads the report twice: a
// first pass counts and keeps only ids, the second reads the rows again a batch at a time and
// writes them as they come. The commitments are read once, in the first pass (the shared cache).

type Reading = { context: ShadowReportContext; cycle: string | null; batchSize: number; cache: ShadowCommitmentCache };

/** The built rows (cells) of `ids`, in that order, a batch at a time. */
async function* cellsOf({ context, batchSize, cache }: Reading, ids: readonly string[]): AsyncGenerator<string[][]> {
  const words = { ...context, summary: NO_SUMMARY };
  for await (const batch of streamShadowRowsById(ids, batchSize, cache))
    yield buildShadowTable(batch, words).rows.map((row) => row.cells);
}

/** The first pass: every row in report order, a batch at a time, summed up and shown to `each`; stops when the reader has gone. */
async function countRows(
  reading: Reading,
  ids: readonly string[],
  output: Writable,
  each: (batch: ShadowRecommendation[]) => void,
): Promise<ShadowContext["summary"]> {
  const summary = countShadowSummary();
  for await (const batch of streamShadowRowsById(ids, reading.batchSize, reading.cache)) {
    assertOutputOpen(output);
    summary.add(batch);
    each(batch);
  }
  return summary.result();
}

async function openReading(params: ShadowParams, locale: Locale, batchSize: number): Promise<Reading | null> {
  const context = await readShadowContext(params, locale);
  return context ? { context, cycle: params.cycle, batchSize, cache: newShadowCommitmentCache() } : null;
}

/**
 * The shadow report as a streamed Word document; null for an unknown mechanism (before any byte).
 * The first pass sums up the summary and measures the columns from every row; the second writes the
 * rows into the document as they are read. `batchSize`: rows per read (tests make it small).
 */
export async function streamShadowDocx(
  params: ShadowParams,
  locale: Locale = DEFAULT_LOCALE,
  batchSize = IN_CHUNK,
): Promise<ReadableStream<Uint8Array> | null> {
  const reading = await openReading(params, locale, batchSize);
  if (!reading) return null;
  return webStreamOf(async (output) => {
    const ids = await readShadowOrder(reading.context.mechanism.code, reading.cycle);
    const words = { ...reading.context, summary: NO_SUMMARY };
    const measure = measureColumns(buildShadowTable([], words).columns);
    const summary = await countRows(reading, ids, output, (batch) => {
      for (const row of buildShadowTable(batch, words).rows) measure.add(row.cells);
    });
    const head = buildShadowTable([], { ...reading.context, summary });
    await writeShadowDocx({ head, widths: measure.widths, rows: () => cellsOf(reading, ids) }, output);
  });
}

/**
 * The shadow report as a streamed Excel workbook; null for an unknown mechanism (before any byte).
 * The first pass sums up the summary and lists, per theme, the ids of its rows in report order
 * (ids only, like the CSV's sort keys); then each theme's sheet reads its rows by id a batch at a
 * time. `batchSize`: rows per read (tests make it small).
 */
export async function streamShadowXlsx(
  params: ShadowParams,
  locale: Locale = DEFAULT_LOCALE,
  batchSize = IN_CHUNK,
): Promise<ReadableStream<Uint8Array> | null> {
  const reading = await openReading(params, locale, batchSize);
  if (!reading) return null;
  return webStreamOf(async (output) => {
    const ids = await readShadowOrder(reading.context.mechanism.code, reading.cycle);
    const words = buildShadowTable([], { ...reading.context, summary: NO_SUMMARY });
    const idsByTheme = new Map<string, string[]>();
    const summary = await countRows(reading, ids, output, (batch) => {
      for (const row of batch)
        for (const theme of sheetThemesOf(themesOf(row, reading.context), words)) {
          const listed = idsByTheme.get(theme);
          if (listed) listed.push(row.id);
          else idsByTheme.set(theme, [row.id]);
        }
    });
    const head = buildShadowTable([], { ...reading.context, summary });
    const sheets = nameThemeSheets(idsByTheme.keys(), head).map(({ theme, name }) => ({
      name,
      rows: () => cellsOf(reading, idsByTheme.get(theme) ?? []),
    }));
    await writeShadowXlsx({ head, sheets }, output);
  });
}
