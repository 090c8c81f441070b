import type { Writable } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { buildShadowTable } from "./build-table";
import { writeShadowDocx } from "./docx";
import { webStreamOf } from "./stream-output";
import { writeShadowXlsx } from "./xlsx";

// The streamed writers without a database: a failure mid-file fails the download, and the writers
// wait for their reader instead of gathering the file in memory (issue 24).

const head = buildShadowTable([], {
  locale: "en",
  siteUrl: "https://uade.example",
  organisation: "Test NGO",
  mechanism: { code: "CAT", kind: "TREATY_BODY", name: "Committee against Torture" },
  cycle: "Fixture session 4",
  madeOn: new Date("2026-12-01T00:00:00Z"),
  summary: { total: 0, responses: {}, assessments: {}, linkedCommitments: 0 },
});

/** Random text, so the zip cannot shrink a batch to nothing: the file grows as the rows do. */
const noise = (length: number) =>
  Array.from({ length }, () => Math.random().toString(36).slice(2, 10))
    .join(" ")
    .slice(0, length);
const rowOf = () => head.columns.map(() => noise(300));

/** Batches of 20 rows, `total` of them; `state` counts what the writer took and sees it let go. */
function batches(total: number, state: { pulled: number; stopped: boolean }, failAfter = Infinity) {
  return async function* () {
    try {
      for (let index = 0; index < total; index += 1) {
        if (index === failAfter) throw new Error("the database went away");
        state.pulled += 1;
        yield Array.from({ length: 20 }, rowOf);
        // A database read takes a turn; the writer may run ahead meanwhile, if nothing stops it.
        await sleep(0);
      }
    } finally {
      state.stopped = true;
    }
  };
}

const WRITERS = {
  xlsx: (rows: ReturnType<typeof batches>, output: Writable) =>
    writeShadowXlsx({ head, sheets: [{ name: "Torture", rows }] }, output),
  docx: (rows: ReturnType<typeof batches>, output: Writable) =>
    writeShadowDocx({ head, widths: (total) => head.columns.map(() => Math.floor(total / 8)), rows }, output),
};

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}

/** Waits until `value()` stops changing (the writer is waiting), at most `limitMs`. */
async function settled(value: () => number, limitMs = 10_000): Promise<number> {
  let last = -1;
  for (const started = Date.now(); Date.now() - started < limitMs; await sleep(100)) {
    if (value() === last) return last;
    last = value();
  }
  return value();
}

describe.each(["xlsx", "docx"] as const)("the streamed %s", (format) => {
  it("is a whole zip when every batch comes", async () => {
    const state = { pulled: 0, stopped: false };
    const file = await readAll(webStreamOf((output) => WRITERS[format](batches(5, state), output)));
    const zip = await JSZip.loadAsync(file);
    expect(Object.keys(zip.files)).toContain(format === "xlsx" ? "xl/worksheets/sheet2.xml" : "word/document.xml");
    expect(state).toEqual({ pulled: 5, stopped: true });
  });

  it("fails the download when a batch fails, instead of ending a half file as if it were whole", async () => {
    const state = { pulled: 0, stopped: false };
    const stream = webStreamOf((output) => WRITERS[format](batches(50, state, 25), output));
    await expect(readAll(stream)).rejects.toThrow("the database went away");
  });

  it("waits for its reader: a download nobody reads stops the reading, and a cancelled one lets it go", async () => {
    const state = { pulled: 0, stopped: false };
    const stream = webStreamOf((output) => WRITERS[format](batches(2_000, state), output));
    const reader = stream.getReader();
    await reader.read();
    // 2,000 batches are about 100 MB of text. A writer that waits takes what the zip's own buffers
    // hold (archiver's are 1 MB each way, 3-4 MB of this text with the sheet's backlog) and stops.
    expect(await settled(() => state.pulled)).toBeLessThan(150);
    await reader.cancel();
    await expect.poll(() => state.stopped, { timeout: 10_000 }).toBe(true);
    expect(state.pulled).toBeLessThan(160);
  });
});
