// Scenario: throughput and latency of the public pages, the JSON API and the CSV export, against
// a plain node:http server returning the identical bytes (the machine's physical limit).
import { fixed, kb, ms, table } from "../format";
import { httpGetOk } from "../http";
import { loadProblems, measureLoad, warmUp, type LoadResult } from "../load";
import { startPlainServer, type CapturedPage } from "../plain-server";
import { cpuTimeMs, waitForIdle } from "../process-memory";
import type { BenchContext, Scenario, ScenarioResult, TargetCheck } from "../scenario";
import { createWeigher, type PageWeight } from "../weight";

const RATIO_TARGET = 0.25;
const RATIO_FLOOR = 0.1;
const P99_TARGET_MS = 100;
const JS_GZIP_TARGET_BYTES = 100 * 1024;

type Page = { label: string; path: string; isPublicPage: boolean; warmup: number };

function pagesOf(context: BenchContext): Page[] {
  const warmup = context.config.warmupRequests;
  return [
    { label: "/ru", path: "/ru", isPublicPage: true, warmup },
    { label: "/ru/commitments", path: "/ru/commitments", isPublicPage: true, warmup },
    { label: "/ru/commitments/[slug]", path: `/ru/commitments/${context.seed.sampleSlug}`, isPublicPage: true, warmup },
    { label: "/api/v1/commitments", path: "/api/v1/commitments", isPublicPage: false, warmup },
    { label: "/export/commitments.csv", path: "/export/commitments.csv", isPublicPage: false, warmup: Math.max(5, Math.round(warmup / 10)) },
  ];
}

type Measurement = LoadResult & { cpuMsPerRequest: number | null };
type Measured = { page: Page; captured: CapturedPage; weight: PageWeight; app?: Measurement; plain?: Measurement };

async function measureAll(server: { baseUrl: string; pid: number }, rows: Measured[], which: "app" | "plain", context: BenchContext, failures: string[]): Promise<void> {
  const { connections, durationSeconds } = context.config;
  for (const row of rows) {
    const url = `${server.baseUrl}${row.page.path}`;
    await waitForIdle(server.pid);
    failures.push(...loadProblems(`${which} ${row.page.label} (warm-up)`, await warmUp(url, row.page.warmup, connections)));
    await waitForIdle(server.pid);
    process.stdout.write(`  ${which.padEnd(5)} ${row.page.label} … `);
    const cpuBefore = cpuTimeMs(server.pid);
    const result = await measureLoad(url, connections, durationSeconds);
    // Server CPU per request: unlike req/s it hardly moves when other processes share the cores.
    await waitForIdle(server.pid);
    const cpuAfter = cpuTimeMs(server.pid);
    const cpuMsPerRequest = cpuBefore !== null && cpuAfter !== null && result.completed > 0 ? (cpuAfter - cpuBefore) / result.completed : null;
    failures.push(...loadProblems(`${which} ${row.page.label}`, result));
    console.log(`${fixed(result.requestsPerSecond)} req/s, p50 ${ms(result.p50Ms)} ms, p99 ${ms(result.p99Ms)} ms, server CPU ${cpuMsPerRequest === null ? "n/a" : `${ms(cpuMsPerRequest)} ms`}/request`);
    row[which] = { ...result, cpuMsPerRequest };
  }
  await waitForIdle(server.pid);
}

async function run(context: BenchContext): Promise<ScenarioResult> {
  const failures: string[] = [];
  const weigh = createWeigher(context.app.baseUrl);
  const rows: Measured[] = [];
  for (const page of pagesOf(context)) {
    const response = await httpGetOk(`${context.app.baseUrl}${page.path}`);
    const captured = { path: page.path, contentType: response.contentType, body: response.body };
    rows.push({ page, captured, weight: await weigh(response.body, response.contentType) });
  }

  // The app first (the plain server is not running yet), then the plain server (the app idles).
  await measureAll(context.app, rows, "app", context, failures);
  const plain = await startPlainServer(context.config.plainPort, rows.map((row) => row.captured));
  try {
    await measureAll(plain, rows, "plain", context, failures);
  } finally {
    await plain.stop();
  }

  const targets: TargetCheck[] = [];
  const tableRows = rows.map(({ page, weight, app, plain: reference }) => {
    const ratio = app && reference && reference.requestsPerSecond > 0 ? app.requestsPerSecond / reference.requestsPerSecond : 0;
    if (app) {
      targets.push({
        target: `req/s ≥ ${RATIO_TARGET} × plain`,
        subject: page.label,
        measured: `${fixed(ratio, 4)}`,
        status: ratio >= RATIO_TARGET ? "PASS" : "MISS",
        ...(ratio < RATIO_TARGET ? { note: ratio >= RATIO_FLOOR ? `the ${RATIO_FLOOR} floor holds` : `below the ${RATIO_FLOOR} floor too` } : {}),
      });
      targets.push({ target: `p99 < ${P99_TARGET_MS} ms @ ${context.config.connections} conn.`, subject: page.label, measured: `${ms(app.p99Ms)} ms`, status: app.p99Ms < P99_TARGET_MS ? "PASS" : "MISS" });
    }
    if (page.isPublicPage) {
      targets.push({ target: "JS < 100 KB gzip", subject: page.label, measured: kb(weight.scripts.gzip), status: weight.scripts.gzip < JS_GZIP_TARGET_BYTES ? "PASS" : "MISS" });
    }
    return [
      page.label,
      app ? fixed(app.requestsPerSecond) : "-",
      app ? `${ms(app.p50Ms)} / ${ms(app.p99Ms)}` : "-",
      app?.cpuMsPerRequest != null ? ms(app.cpuMsPerRequest) : "-",
      reference ? fixed(reference.requestsPerSecond) : "-",
      reference ? `${ms(reference.p50Ms)} / ${ms(reference.p99Ms)}` : "-",
      reference?.cpuMsPerRequest != null ? fixed(reference.cpuMsPerRequest, 2) : "-",
      fixed(ratio, 4),
      app?.cpuMsPerRequest && reference?.cpuMsPerRequest ? fixed(reference.cpuMsPerRequest / app.cpuMsPerRequest, 4) : "-",
      `${kb(weight.html.raw)} / ${kb(weight.html.gzip)}`,
      weight.inlineScript.raw > 0 ? kb(weight.inlineScript.raw) : "-",
      weight.scriptCount > 0 ? `${kb(weight.scripts.raw)} / ${kb(weight.scripts.gzip)} (${weight.scriptCount})` : "-",
    ];
  });

  const lines = [
    `Pages: ${context.config.connections} connections, ${context.config.durationSeconds} s each, keep-alive, no compression (autocannon sends no Accept-Encoding).`,
    "",
    ...table(
      ["page", "app req/s", "app p50/p99 ms", "app CPU ms/req", "plain req/s", "plain p50/p99 ms", "plain CPU ms/req", "app/plain", "CPU ratio", "body raw / gzip", "inline <script>", "JS raw / gzip (files)"],
      tableRows,
    ),
    "",
    "CPU ms/req = the server process's CPU time during the run / requests completed (robust to other load on the machine);",
    "CPU ratio = plain CPU per request / app CPU per request: the app/plain ratio the machine would show with the server alone on a core;",
    "body = the response (HTML, JSON or CSV); inline <script> = its share of inline scripts (mostly the RSC payload);",
    "JS = every <script src> chunk the page loads, fetched from the server.",
  ];
  return { lines, targets, failures };
}

export const pagesScenario: Scenario = { name: "Pages, API and export under load", run };
