// Scenario (issue 11): what the response cache does under stress. The first render after a write
// (against an uncached render), 50 connections while an editor writes, memory with 10,000
// distinct addresses, and hostile query strings.
import http from "node:http";
import { createPrismaClient } from "../../../lib/db/create-client";
import { signInEditor } from "../editor";
import { fixed, ms, table } from "../format";
import { BYPASS_CACHE, httpGet } from "../http";
import { processTreeRssMiB, waitForIdle } from "../process-memory";
import type { BenchContext, Scenario, ScenarioResult, TargetCheck } from "../scenario";
import { isWrkInstalled, measureWithWrk } from "../wrk";
import { benchPages } from "./cache-throughput";

const CACHE_BOUND_MIB = 64;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/** GETs every address with `concurrency` keep-alive connections; counts answers by status. */
async function requestAll(
  base: string,
  addresses: string[],
  concurrency: number,
  headers: Record<string, string> = {},
): Promise<Map<number, number>> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const statuses = new Map<number, number>();
  let next = 0;
  const worker = async () => {
    while (next < addresses.length) {
      const address = addresses[next++]!;
      const status = await new Promise<number>((resolve) => {
        const request = http.get(`${base}${address}`, { agent, headers }, (response) => {
          response.resume();
          response.on("end", () => resolve(response.statusCode ?? 0));
        });
        request.on("error", () => resolve(-1));
      });
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  agent.destroy();
  return statuses;
}

/** The cache's own figures, printed by the server on SIGUSR2 (scripts/server.ts). */
async function cacheStats(
  context: BenchContext,
): Promise<{ entries: number; bytes: number; evictions: number } | null> {
  const before = context.app.output?.().length ?? 0;
  process.kill(context.app.pid, "SIGUSR2");
  for (let attempt = 0; attempt < 20; attempt += 1) {
    await sleep(50);
    const match = /cache stats (\{[^\n]*\})/.exec(context.app.output?.().slice(before) ?? "");
    if (match?.[1]) return JSON.parse(match[1]) as { entries: number; bytes: number; evictions: number };
  }
  return null;
}

const describeStatuses = (statuses: Map<number, number>) =>
  [...statuses.entries()].map(([status, count]) => `${status}: ${fixed(count)}`).join(", ");
const fivexxOf = (statuses: Map<number, number>) =>
  [...statuses.entries()].filter(([status]) => status >= 500 || status < 0).reduce((sum, [, count]) => sum + count, 0);

async function run(context: BenchContext): Promise<ScenarioResult> {
  const failures: string[] = [];
  const targets: TargetCheck[] = [];
  const lines: string[] = [];
  const base = context.app.baseUrl;
  const db = createPrismaClient(context.database.url);
  const slug = context.seed.sampleSlug;

  try {
    // 1. The first render after a write, with the cache and without it (each right after its own
    // write, so both find the app's own per-version results cold), as a browser asks (compressed).
    const rows: string[][] = [];
    const browser = { "accept-encoding": "gzip, deflate, br" };
    let day = 0;
    const write = () =>
      db.commitment.update({
        where: { slug },
        data: { lastVerifiedOn: new Date(Date.UTC(2020, 0, 1 + (day++ % 28))) },
      });
    for (const page of benchPages(context)) {
      const afterWrite: number[] = [];
      const uncached: number[] = [];
      for (let attempt = 0; attempt < 3; attempt += 1) {
        await write();
        afterWrite.push((await httpGet(`${base}${page.path}`, { timeoutMs: 60_000, headers: browser })).lastByteMs);
        await write();
        uncached.push(
          (await httpGet(`${base}${page.path}`, { timeoutMs: 60_000, headers: { ...browser, ...BYPASS_CACHE } }))
            .lastByteMs,
        );
      }
      const [miss, render] = [median(afterWrite), median(uncached)];
      rows.push([page.label, ms(miss), ms(render), fixed(miss / render, 2)]);
      targets.push({
        target: "first render after a write ≤ 1.1 × uncached render",
        subject: page.label,
        measured: `${ms(miss)} vs ${ms(render)} ms`,
        status: miss <= render * 1.1 + 2 ? "PASS" : "MISS",
      });
    }
    lines.push(
      "First request after a write (median of 3, ms to the last byte, Accept-Encoding: gzip, deflate, br), with the cache (render, gzip and brotli made",
      "once) and without it (the render as before the cache: Next compresses with gzip while it streams):",
      "",
      ...table(["page", "cache, after a write", "no cache, after a write", "ratio"], rows),
      "",
    );

    // 2. 50 connections for 20 s on the page an editor is changing.
    await waitForIdle(context.app.pid);
    const editor = await signInEditor(db, base);
    const page = `/ru/commitments/${slug}`;
    const loadSeconds = context.config.isQuick ? 5 : 20;
    const load = isWrkInstalled() ? measureWithWrk(`${base}${page}`, 50, loadSeconds, { countStatuses: true }) : null;
    const writes: { status: number; isShown: boolean }[] = [];
    for (let index = 0; index < 5; index += 1) {
      await sleep((loadSeconds * 1000) / 6);
      const to = index % 2 === 0 ? "STALLED" : "IN_PROGRESS";
      const status = await editor.recordStatus(slug, to);
      const next = await httpGet(`${base}/api/v1/commitments/${slug}`);
      writes.push({ status, isShown: next.body.toString("utf8").includes(`"assessment":"${to}"`) });
    }
    const loaded = load ? await load : null;
    const okWrites = writes.filter((write) => write.status === 200).length;
    const shown = writes.filter((write) => write.isShown).length;
    lines.push(
      `${loadSeconds} s at 50 connections on ${page} while an editor recorded ${writes.length} status changes through the API:`,
      loaded
        ? `  ${fixed(loaded.requestsPerSecond)} req/s, p50 ${ms(loaded.p50Ms)} ms, p99 ${ms(loaded.p99Ms)} ms, answers ${JSON.stringify(loaded.statusCodes)}, socket errors ${loaded.errors}, timeouts ${loaded.timeouts}`
        : "  (wrk not installed: no load)",
      `  writes answered 200: ${okWrites}/${writes.length}; the next public read showed the new status: ${shown}/${writes.length}`,
      "",
    );
    targets.push({
      target: "50 conn. while an editor writes: 0 5xx",
      subject: page,
      measured: loaded ? `${fixed(loaded.fivexx)} 5xx of ${fixed(loaded.completed)}` : "not run",
      status: loaded && loaded.fivexx === 0 && loaded.errors === 0 ? "PASS" : "MISS",
    });
    targets.push({
      target: "…the write succeeds and the next read shows it",
      subject: page,
      measured: `${okWrites}/${writes.length} written, ${shown}/${writes.length} shown`,
      status: okWrites === writes.length && shown === writes.length ? "PASS" : "MISS",
    });
    if (okWrites < writes.length)
      failures.push(`editor writes under load: only ${okWrites} of ${writes.length} answered 200`);

    // 3. Memory with 10,000 distinct addresses (each one a render and an entry), against the same
    // addresses rendered with the cache bypassed: the server as it was before the cache.
    const slugs = (
      await db.commitment.findMany({ where: { isPublished: true }, select: { slug: true }, take: 5_000 })
    ).map((row) => row.slug);
    const distinct = context.config.isQuick ? 2_000 : 10_000;
    const addresses = Array.from(
      { length: distinct },
      (_, index) =>
        `/api/v1/commitments/${slugs[index % slugs.length]}${index < slugs.length ? "" : `?lang=${["en", "ru", "kk"][Math.floor(index / slugs.length) % 3]}`}`,
    );
    await waitForIdle(context.app.pid);
    const rssStart = processTreeRssMiB(context.app.pid) ?? Number.NaN;
    const baselineStart = performance.now();
    const baselineStatuses = await requestAll(base, addresses, 10, BYPASS_CACHE);
    await waitForIdle(context.app.pid);
    const rssBaseline = processTreeRssMiB(context.app.pid) ?? Number.NaN;
    const baselineSeconds = (performance.now() - baselineStart) / 1000;
    const memoryStart = performance.now();
    const memoryStatuses = await requestAll(base, addresses, 10);
    await waitForIdle(context.app.pid);
    const rssAfter = processTreeRssMiB(context.app.pid) ?? Number.NaN;
    const afterDistinct = await cacheStats(context);
    lines.push(
      `${fixed(distinct)} distinct addresses (/api/v1/commitments/<slug>[?lang=…]), 10 at a time, first with the cache bypassed (${fixed(baselineSeconds, 1)} ` +
        `s: ${describeStatuses(baselineStatuses)}), then cached (${fixed((performance.now() - memoryStart) / 1000, 1)} s: ${describeStatuses(memoryStatuses)}):`,
      `  server RSS ${fixed(rssStart)} MiB at the start, ${fixed(rssBaseline)} MiB after ` +
        `the uncached pass (the baseline), ${fixed(rssAfter)} MiB after the cached pass;`,
      `  cache ${afterDistinct ? `${fixed(afterDistinct.entries)} entries, ${fixed(afterDistinct.bytes / 1024 / 1024, 1)} MiB, ${fixed(afterDistinct.evictions)} evictions` : "stats unavailable"}`,
      "",
    );
    targets.push({
      target: `RSS ≤ baseline + ${CACHE_BOUND_MIB} MiB bound`,
      subject: `${fixed(distinct)} distinct URLs`,
      measured: `${fixed(rssAfter)} vs ${fixed(rssBaseline)} MiB (+${fixed(rssAfter - rssBaseline)})`,
      status: rssAfter - rssBaseline <= CACHE_BOUND_MIB ? "PASS" : "MISS",
    });

    // 4. Hostile query strings.
    const junk = () => Math.random().toString(36).slice(2);
    const hostile = [
      ...Array.from({ length: 10_000 }, (_, index) => `/ru/commitments?${junk()}=${junk()}&${index}=${junk()}`),
      ...Array.from({ length: 100 }, () => `/ru/commitments?q=${"%FF%FE%C0%AE".repeat(40)}${junk()}`),
      ...Array.from({ length: 50 }, () => `/api/v1/commitments?${"x=%E0%A4%A&".repeat(600)}q=${junk()}`),
      ...Array.from({ length: 50 }, () => `/export/commitments.csv?sort=%${junk()}&page=-1&per_page=%00&lang=%uD800`),
    ];
    const hostileStart = performance.now();
    const hostileStatuses = await requestAll(base, hostile, 10);
    const afterHostile = await cacheStats(context);
    const hostileFivexx = fivexxOf(hostileStatuses);
    lines.push(
      `${fixed(hostile.length)} hostile requests (10,000 random parameters, bad percent-encoding, 7 KB queries) ` +
        `in ${fixed((performance.now() - hostileStart) / 1000, 1)} s: ${describeStatuses(hostileStatuses)}`,
      `  cache afterwards: ${afterHostile ? `${fixed(afterHostile.entries)} entries, ${fixed(afterHostile.bytes / 1024 / 1024, 1)} MiB of ${CACHE_BOUND_MIB}` : "stats unavailable"}`,
    );
    targets.push({
      target: "hostile query strings: no 5xx, cache within bound",
      subject: `${fixed(hostile.length)} requests`,
      measured: `${hostileFivexx} 5xx, ${afterHostile ? fixed(afterHostile.bytes / 1024 / 1024, 1) : "?"} MiB`,
      status:
        hostileFivexx === 0 && afterHostile !== null && afterHostile.bytes <= CACHE_BOUND_MIB * 1024 * 1024
          ? "PASS"
          : "MISS",
    });
    if (hostileFivexx > 0) failures.push(`hostile query strings: ${hostileFivexx} answers were 5xx or failed`);
  } finally {
    await db.$disconnect();
  }
  return { lines, targets, failures };
}

export const cacheBehaviourScenario: Scenario = {
  name: "The cache after writes, under writes, with many addresses and hostile input",
  run,
};
