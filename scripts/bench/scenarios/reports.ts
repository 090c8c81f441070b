// Scenario (issue 5): the snapshot and change reports over the whole benchmark history, and an
// import dry run of a 5,000-row file (the snapshot itself, edited nowhere: a round trip).
// Asked with a next-auth cookie, so the response cache steps aside and this times the real render.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fixed, ms, table } from "../format";
import { BYPASS_CACHE, httpGet } from "../http";
import { waitForIdle } from "../process-memory";
import type { BenchContext, Scenario, ScenarioResult } from "../scenario";

const RUNS = 3;

async function timeCsv(
  context: BenchContext,
  label: string,
  pathAndQuery: string,
  failures: string[],
): Promise<{ row: string[]; body: Buffer }> {
  const url = `${context.app.baseUrl}${pathAndQuery}`;
  await httpGet(url, { timeoutMs: 120_000, headers: BYPASS_CACHE });
  const times: number[] = [];
  let body: Buffer = Buffer.alloc(0);
  for (let attempt = 0; attempt < RUNS; attempt += 1) {
    await waitForIdle(context.app.pid);
    const response = await httpGet(url, { timeoutMs: 120_000, headers: BYPASS_CACHE });
    if (response.status !== 200) failures.push(`${label} answered ${response.status}`);
    times.push(response.lastByteMs);
    body = response.body;
  }
  times.sort((a, b) => a - b);
  const lines = body.toString("utf8").split("\r\n").filter(Boolean).length - 1;
  return { row: [label, ms(times[Math.floor(times.length / 2)] ?? 0), ms(times.at(-1) ?? 0), fixed(lines)], body };
}

async function run(context: BenchContext): Promise<ScenarioResult> {
  const failures: string[] = [];
  const today = new Date().toISOString().slice(0, 10);
  const snapshot = await timeCsv(
    context,
    "snapshot today (/reports/snapshot.csv)",
    `/reports/snapshot.csv?date=${today}`,
    failures,
  );
  const past = await timeCsv(context, "snapshot 2024-06-30", "/reports/snapshot.csv?date=2024-06-30", failures);
  const changes = await timeCsv(
    context,
    "changes 2000-01-01 → today",
    `/reports/changes.csv?from=2000-01-01&to=${today}`,
    failures,
  );
  const summary = await timeCsv(context, "summary today", `/reports/summary.csv?date=${today}`, failures);

  // The import dry run plans today's snapshot file against the same database: 5,000 rows, no change.
  const directory = mkdtempSync(path.join(tmpdir(), "uade-bench-import-"));
  const file = path.join(directory, "snapshot.csv");
  writeFileSync(file, snapshot.body);
  const child = spawnSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/bench/import-dry-run.ts", file],
    {
      env: { ...process.env, DATABASE_URL: context.database.url },
      encoding: "utf8",
      timeout: 300_000,
    },
  );
  rmSync(directory, { recursive: true, force: true });
  const lines = [
    `Reports as CSV over ${fixed(context.seed.commitments)} commitments and ` +
      `${fixed(context.seed.statusChanges)} changes (median and worst of ${RUNS}, time to last byte):`,
    ...table(["report", "median ms", "worst ms", "rows"], [snapshot.row, past.row, changes.row, summary.row]),
  ];
  if (child.status !== 0) {
    failures.push(`import dry run failed: ${child.stderr.slice(0, 500)}`);
  } else {
    const result = JSON.parse(child.stdout.trim().split("\n").at(-1) ?? "{}") as {
      rows: number;
      parsedMs: number;
      totalMs: number;
      operations: number;
      unchanged: number;
      errors: number;
    };
    if (result.operations !== 0 || result.errors !== 0)
      failures.push(`round trip was not a no-op: ${result.operations} operations, ${result.errors} errors`);
    lines.push(
      "",
      `Import dry run of the snapshot file (${fixed(result.rows)} rows): decode + parse ${ms(result.parsedMs)} ms, with planning against the database ${ms(result.totalMs)} ms; ` +
        `${fixed(result.operations)} changes, ${fixed(result.unchanged)} unchanged, ${fixed(result.errors)} errors (a round trip must change nothing).`,
    );
  }
  return { lines, targets: [], failures };
}

export const reportsScenario: Scenario = { name: "Reports and import dry run", run };
