// Scenario (issue 24): a UHRI JSON download of 3,000 and of 300,000 rows imported through
// `npm run import` (the command-line path: streaming, a slice per transaction) into a fresh
// database each, in a child process, while the production server on that same database is probed
// every 100 ms on a cached page. Reports time, rows per second, the child's peak resident memory
// (from /proc) and the 300k / 3k ratio. BENCH_IMPORT_ROWS sets the large size (e.g. 30000 for a quick look).
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { onCleanup } from "../cleanup";
import { createTemporaryDatabase } from "../database";
import { fixed, ms, seconds, table } from "../format";
import { startNextServer } from "../next-server";
import { sampleRss } from "../process-memory";
import type { BenchContext, Scenario, ScenarioResult, TargetCheck } from "../scenario";
import { writeUhriFile } from "../uhri-file";
import { probeWhile } from "./recommendation-scale";

const SMALL = 3_000;
const LARGE = Number(process.env.BENCH_IMPORT_ROWS ?? 300_000);
/** Linear cost with 50 % to spare: 150× for 300,000 against 3,000 (the target). */
const RATIO = (LARGE / SMALL) * 1.5;
const PEAK_MIB = 1_536;
const PROBE_TARGET_MS = 200;

type ImportRun = { ms: number; peakMiB: number | null; code: number | null; output: string };

/** `npm run import -- FILE --yes` as a cron job runs it (no terminal), into `databaseUrl`; RSS of the whole process tree. */
async function importInChild(file: string, databaseUrl: string): Promise<ImportRun> {
  const started = performance.now();
  // Exactly what a person or cron runs: npm, tsx and the import's node are all in the measured tree.
  const child = spawn("npm", ["run", "--silent", "import", "--", file, "--yes"], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const memory = sampleRss(child.pid!, 50);
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4_000)));
  child.stderr.on("data", (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4_000)));
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  const { peakMiB } = memory.stop();
  return { ms: performance.now() - started, peakMiB, code, output };
}

async function run(context: BenchContext): Promise<ScenarioResult> {
  const failures: string[] = [];
  const folder = mkdtempSync(path.join(tmpdir(), "uade-bench-import-"));
  onCleanup("remove the generated import files", () => rmSync(folder, { recursive: true, force: true }));
  type Probe = { worst: number; count: number };
  const results: { rows: number; bytes: number; run: ImportRun; probe: Probe; idle: Probe }[] = [];
  for (const rows of [SMALL, LARGE]) {
    const file = path.join(folder, `uhri-${rows}.json`);
    const bytes = await writeUhriFile(file, rows);
    const database = createTemporaryDatabase(context.config.keepDatabase);
    const app = await startNextServer(context.config.secondAppPort, database.url);
    // The same probe with nothing running: what the machine's other load alone costs a cached page.
    const idle = await probeWhile(app, () => new Promise((resolve) => setTimeout(resolve, 10_000)));
    console.log(
      `  ${fixed(rows)} rows (${fixed(bytes / 1024 / 1024, 1)} MB): idle probe worst ${ms(idle.worst)} ms; importing…`,
    );
    let imported: ImportRun | null = null;
    try {
      const probe = await probeWhile(app, async () => {
        imported = await importInChild(file, database.url);
      });
      const done = imported as ImportRun | null;
      if (!done || done.code !== 0) failures.push(`import of ${rows} rows exited ${done?.code}: ${done?.output ?? ""}`);
      else results.push({ rows, bytes, run: done, probe, idle });
      if (done)
        console.log(`    ${seconds(done.ms)}, peak ${fixed(done.peakMiB ?? 0)} MiB, probe worst ${ms(probe.worst)} ms`);
    } finally {
      await app.stop();
    }
  }
  const lines = table(
    ["rows", "file", "time", "rows/s", "peak RSS", "probe worst (n)", "idle probe worst"],
    results.map(({ rows, bytes, run: imported, probe, idle }) => [
      fixed(rows),
      `${fixed(bytes / 1024 / 1024, 1)} MB`,
      seconds(imported.ms),
      fixed(rows / (imported.ms / 1000)),
      `${fixed(imported.peakMiB ?? 0)} MiB`,
      `${ms(probe.worst)} ms (${probe.count})`,
      `${ms(idle.worst)} ms`,
    ]),
  );
  const targets: TargetCheck[] = [];
  const [small, large] = results;
  if (small && large) {
    const ratio = large.run.ms / small.run.ms;
    lines.push(
      "",
      `time ${fixed(LARGE)} / ${fixed(SMALL)}: ${fixed(ratio, 1)}× (linear would be ${fixed(LARGE / SMALL)}×)`,
    );
    targets.push(
      {
        target: `import time ${fixed(LARGE)} / ${fixed(SMALL)} ≤ ${fixed(RATIO)}×`,
        subject: "npm run import (UHRI JSON)",
        measured: `${fixed(ratio, 1)}×`,
        status: ratio <= RATIO ? "PASS" : "MISS",
      },
      {
        target: `peak RSS ≤ ${fixed(PEAK_MIB)} MiB at ${fixed(LARGE)}`,
        subject: "npm run import (child process)",
        measured: `${fixed(large.run.peakMiB ?? 0)} MiB`,
        status: (large.run.peakMiB ?? 0) <= PEAK_MIB ? "PASS" : "MISS",
      },
      {
        target: `cached page waits ≤ ${PROBE_TARGET_MS} ms during the import`,
        subject: "/robots.txt every 100 ms",
        measured: `${ms(large.probe.worst)} ms`,
        status: large.probe.worst <= PROBE_TARGET_MS ? "PASS" : "MISS",
        note: `${ms(large.idle.worst)} ms with nothing importing`,
      },
    );
  }
  return { lines, targets, failures };
}

export const importScaleScenario: Scenario = {
  name: `Import at scale (npm run import, ${fixed(SMALL)} and ${fixed(LARGE)} rows)`,
  run,
};
