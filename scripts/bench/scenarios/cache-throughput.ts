// Scenario (issue 11): every public page, the API list and the CSV export served from the response
// cache, side by side with a plain node:http server returning the identical bytes (the machine's
// limit), and through real nginx running deploy/nginx.conf: with the app's default headers (nginx
// asks the app every time) and with the documented CDN setting (nginx answers for s-maxage).
import { fixed, kb, ms, table } from "../format";
import { httpGetOk } from "../http";
import { loadProblems, measureLoad, warmUp, type LoadResult } from "../load";
import { isNginxInstalled, startNginx } from "../nginx";
import { startNextServer, type RunningServer } from "../next-server";
import { startPlainServer, type CapturedPage } from "../plain-server";
import { cpuTimeMs, waitForIdle } from "../process-memory";
import type { BenchContext, Scenario, ScenarioResult, TargetCheck } from "../scenario";
import { createWeigher, type PageWeight } from "../weight";
import { isWrkInstalled, measureWithWrk } from "../wrk";

const RATIO_TARGET = 0.5;
const NGINX_RATIO_TARGET = 1.0;
const P99_TARGET_MS = 20;
const JS_GZIP_TARGET_BYTES = 100 * 1024;
export const CDN_CACHE_CONTROL = "public, max-age=0, s-maxage=5, stale-while-revalidate=30";

type Page = { label: string; path: string; isPublicPage: boolean };

export function benchPages(context: BenchContext): Page[] {
  return [
    { label: "/ru", path: "/ru", isPublicPage: true },
    { label: "/ru/commitments", path: "/ru/commitments", isPublicPage: true },
    { label: "/ru/commitments/[slug]", path: `/ru/commitments/${context.seed.sampleSlug}`, isPublicPage: true },
    { label: "/ru/reports", path: "/ru/reports", isPublicPage: true },
    { label: "/api/v1/commitments", path: "/api/v1/commitments", isPublicPage: false },
    { label: "/export/commitments.csv", path: "/export/commitments.csv", isPublicPage: false },
    { label: "/feed.xml", path: "/feed.xml", isPublicPage: false },
  ];
}

type Measurement = LoadResult & { cpuMsPerRequest: number | null };
type Which = "app" | "plain" | "nginx" | "cdn";
type Row = { page: Page; captured: CapturedPage; weight: PageWeight } & Partial<Record<Which, Measurement>>;

async function measureAll(
  server: { baseUrl: string; pid: number },
  rows: Row[],
  which: Which,
  context: BenchContext,
  failures: string[],
): Promise<void> {
  const { connections, durationSeconds, warmupRequests } = context.config;
  for (const row of rows) {
    const url = `${server.baseUrl}${row.page.path}`;
    await waitForIdle(server.pid);
    failures.push(
      ...loadProblems(`${which} ${row.page.label} (warm-up)`, await warmUp(url, warmupRequests, connections)),
    );
    await waitForIdle(server.pid);
    process.stdout.write(`  ${which.padEnd(5)} ${row.page.label} … `);
    const cpuBefore = cpuTimeMs(server.pid);
    const result = isWrkInstalled()
      ? await measureWithWrk(url, connections, durationSeconds)
      : await measureLoad(url, connections, durationSeconds);
    await waitForIdle(server.pid);
    const cpuAfter = cpuTimeMs(server.pid);
    const cpuMsPerRequest =
      cpuBefore !== null && cpuAfter !== null && result.completed > 0
        ? (cpuAfter - cpuBefore) / result.completed
        : null;
    failures.push(...loadProblems(`${which} ${row.page.label}`, result));
    console.log(
      `${fixed(result.requestsPerSecond)} req/s, p50 ${ms(result.p50Ms)} ms, p99 ${ms(result.p99Ms)} ms${cpuMsPerRequest === null ? "" : `, server CPU ${fixed(cpuMsPerRequest, 3)} ms/request`}`,
    );
    row[which] = { ...result, cpuMsPerRequest };
  }
}

async function withServers<T>(
  start: () => Promise<RunningServer[]>,
  measure: (servers: RunningServer[]) => Promise<T>,
): Promise<T> {
  const servers = await start();
  try {
    return await measure(servers);
  } finally {
    for (const server of servers.reverse()) await server.stop();
  }
}

const ratioOf = (a?: Measurement, b?: Measurement) =>
  a && b && b.requestsPerSecond > 0 ? a.requestsPerSecond / b.requestsPerSecond : 0;

async function run(context: BenchContext): Promise<ScenarioResult> {
  const failures: string[] = [];
  const weigh = createWeigher(context.app.baseUrl);
  const rows: Row[] = [];
  for (const page of benchPages(context)) {
    const response = await httpGetOk(`${context.app.baseUrl}${page.path}`);
    rows.push({
      page,
      captured: { path: page.path, contentType: response.contentType, body: response.body },
      weight: await weigh(response.body, response.contentType),
    });
  }
  const hasNginx = isNginxInstalled();

  await measureAll(context.app, rows, "app", context, failures);
  if (hasNginx) {
    await withServers(
      async () => [await startNginx(context.config.appPort, context.config.nginxPort)],
      ([nginx]) => measureAll({ baseUrl: nginx!.baseUrl, pid: nginx!.pid }, rows, "nginx", context, failures),
    );
  }
  await waitForIdle(context.app.pid);
  await withServers(
    async () => [
      await startPlainServer(
        context.config.plainPort,
        rows.map((row) => row.captured),
      ),
    ],
    ([plain]) => measureAll(plain!, rows, "plain", context, failures),
  );
  if (hasNginx) {
    // A second app with the documented CDN setting, so nginx may answer by itself for s-maxage.
    await withServers(
      async () => {
        const app = await startNextServer(context.config.secondAppPort, context.database.url, {
          PUBLIC_CACHE_CONTROL: CDN_CACHE_CONTROL,
        });
        return [app, await startNginx(context.config.secondAppPort, context.config.nginxPort)];
      },
      ([, nginx]) => measureAll({ baseUrl: nginx!.baseUrl, pid: nginx!.pid }, rows, "cdn", context, failures),
    );
  }

  const targets: TargetCheck[] = [];
  const tableRows = rows.map((row) => {
    const { page, weight, app, plain, nginx, cdn } = row;
    const ratio = ratioOf(app, plain);
    targets.push({
      target: `cache hits ≥ ${RATIO_TARGET} × plain req/s`,
      subject: page.label,
      measured: fixed(ratio, 2),
      status: ratio >= RATIO_TARGET ? "PASS" : "MISS",
    });
    if (app)
      targets.push({
        target: `p99 < ${P99_TARGET_MS} ms @ ${context.config.connections} conn. (hits)`,
        subject: page.label,
        measured: `${ms(app.p99Ms)} ms`,
        status: app.p99Ms < P99_TARGET_MS ? "PASS" : "MISS",
      });
    if (cdn) {
      const cdnRatio = ratioOf(cdn, plain);
      targets.push({
        target: `through nginx ≥ ${NGINX_RATIO_TARGET} × plain`,
        subject: page.label,
        measured: `${fixed(cdnRatio, 2)} (default headers: ${fixed(ratioOf(nginx, plain), 2)})`,
        status: cdnRatio >= NGINX_RATIO_TARGET ? "PASS" : "MISS",
        note: "with PUBLIC_CACHE_CONTROL s-maxage=5",
      });
    }
    if (page.isPublicPage)
      targets.push({
        target: "JS < 100 KB gzip",
        subject: page.label,
        measured: kb(weight.scripts.gzip),
        status: weight.scripts.gzip < JS_GZIP_TARGET_BYTES ? "PASS" : "MISS",
      });
    const cell = (m?: Measurement) => (m ? `${fixed(m.requestsPerSecond)} (${ms(m.p50Ms)}/${ms(m.p99Ms)})` : "-");
    return [
      page.label,
      cell(app),
      app?.cpuMsPerRequest != null ? fixed(app.cpuMsPerRequest, 3) : "-",
      cell(plain),
      fixed(ratio, 2),
      cell(nginx),
      cell(cdn),
      cdn ? fixed(ratioOf(cdn, plain), 2) : "-",
      `${kb(weight.html.raw)} / ${kb(weight.html.gzip)}`,
      weight.scriptCount > 0 ? `${kb(weight.scripts.gzip)} (${weight.scriptCount})` : "-",
    ];
  });

  const lines = [
    `${isWrkInstalled() ? "wrk (2 threads)" : "autocannon"}, ${context.config.connections} connections, ` +
      `${context.config.durationSeconds} s each, keep-alive, no Accept-Encoding (identical bytes everywhere).`,
    hasNginx
      ? "nginx: deploy/nginx.conf on loopback (TLS lines left out), worker_processes auto."
      : "nginx: not installed, so not measured.",
    "",
    ...table(
      [
        "page",
        "app hits req/s (p50/p99 ms)",
        "app CPU ms/req",
        "plain req/s (p50/p99)",
        "app/plain",
        "nginx→app req/s (p50/p99)",
        "nginx CDN mode req/s (p50/p99)",
        "CDN/plain",
        "body raw / gzip",
        "JS gzip (files)",
      ],
      tableRows,
    ),
    "",
    "app = npm start's server answering from its response cache; plain = node:http returning the same bytes from memory;",
    "nginx→app = nginx in front with the default Cache-Control (max-age=0: it keeps nothing, every request reaches the app);",
    `nginx CDN mode = the app run with PUBLIC_CACHE_CONTROL="${CDN_CACHE_CONTROL}", so nginx answers from its own cache.`,
    "JS gzip = every <script src> chunk the page loads (gzip), and how many files.",
  ];
  return { lines, targets, failures };
}

export const cacheThroughputScenario: Scenario = {
  name: "Public pages from the cache, plain node:http and nginx",
  run,
};
