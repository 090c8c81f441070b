// Scenario (issue 24): the public recommendation pages at 3,000 and at 300,000 recommendations,
// uncached (the response cache bypassed, as for the first reader after a write or a new search),
// side by side; then, at 300,000, whether other requests keep answering while they render.
// Target per address: 300,000 ≤ 3 × 3,000 and under TARGET_MS. Its own database (a few hundred
// commitments and the generated recommendations, scripts/bench/recommendation-seed.ts) and its own
// server, so the other scenarios' rows do not change what "3,000" means.
// Not here: the 300,000-row import through `npm run import` (built separately).
import { createClient } from "@libsql/client";
import { createTemporaryDatabase } from "../database";
import { fixed, ms, seconds, table } from "../format";
import { BYPASS_CACHE, httpGet } from "../http";
import { startNextServer, type RunningServer } from "../next-server";
import { sampleRss, waitForIdle } from "../process-memory";
import { FIXED_CYCLE, seedRecommendations } from "../recommendation-seed";
import type { BenchContext, Scenario, ScenarioResult, TargetCheck } from "../scenario";

const SMALL = 3_000;
const LARGE = 300_000;
const RUNS = 5;
const RATIO = 3;
const TARGET_MS = 500;
const PROBE_EVERY_MS = 100;
const PROBE_TARGET_MS = 200;
const COMMITMENTS = 300;
/** An export of at least 100,000 rows (UPR, every cycle: about half of 300,000) must grow the server by at most this. */
const EXPORT_GROWTH_MIB = 300;
const LARGE_EXPORT = "/reports/shadow.csv?mechanism=UPR";

/** The addresses measured at both sizes; the commitment's slug is filled in after seeding. */
function addresses(commitmentSlug: string): string[] {
  return [
    "/en/recommendations",
    "/en/recommendations?q=torture",
    `/en/recommendations?q=${encodeURIComponent("пытки")}`,
    `/en/recommendations?q=${encodeURIComponent("тәуелсіз")}`,
    "/en/recommendations?page=5000",
    `/en/recommendations?theme=${encodeURIComponent("Death penalty")}`,
    "/en/recommendations?mechanism=CAT",
    // A common word with a filter, and two filters: the menus' counts follow them (facet-counts.ts).
    "/en/recommendations?q=rights&mechanism=UPR",
    `/en/recommendations?q=torture&theme=${encodeURIComponent("Death penalty")}`,
    "/en/recommendations?mechanism=UPR&response=NOTED",
    "/en/recommendations/mechanisms/UPR",
    "/en/reports/shadow",
    `/en/reports/shadow?mechanism=CAT&cycle=${encodeURIComponent(FIXED_CYCLE)}`,
    "/api/v1/recommendations?q=torture",
    `/en/commitments/${commitmentSlug}`,
  ];
}

/** A few hundred published commitments with minimal fields, for links and the commitment page. */
async function seedCommitments(databaseUrl: string): Promise<string> {
  const client = createClient({ url: databaseUrl });
  try {
    const now = "2026-12-01T00:00:00.000+00:00";
    const statements = Array.from({ length: COMMITMENTS }, (_, index) => ({
      sql: `INSERT INTO "Commitment" ("id", "slug", "title", "summary", "category", "responsibleBody", "isPublished", "assessment", "createdAt", "updatedAt", "searchText")
        VALUES (?, ?, ?, ?, 'justice', 'government', 1, ?, ?, ?, '')`,
      args: [
        `scalec${String(index).padStart(4, "0")}`,
        `scale-commitment-${index}`,
        `Prevent torture in places of detention ${index}`,
        "Establish an independent national preventive mechanism and investigate every allegation.",
        ["IN_PROGRESS", "PARTIALLY_IMPLEMENTED", "NOT_STARTED", "IMPLEMENTED"][index % 4]!,
        now,
        now,
      ],
    }));
    await client.batch(statements, "write");
    return "scale-commitment-0";
  } finally {
    client.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/** Median uncached time to the last byte of each address (after one warming request). */
async function measure(app: RunningServer, list: string[], failures: string[]): Promise<Map<string, number>> {
  const result = new Map<string, number>();
  for (const address of list) {
    const times: number[] = [];
    for (let attempt = 0; attempt <= RUNS; attempt += 1) {
      await waitForIdle(app.pid);
      const response = await httpGet(`${app.baseUrl}${address}`, { timeoutMs: 120_000, headers: BYPASS_CACHE });
      if (response.status !== 200) failures.push(`${address} answered ${response.status}`);
      if (attempt > 0) times.push(response.lastByteMs);
    }
    result.set(address, median(times));
    console.log(`    ${address}: ${ms(median(times))} ms`);
  }
  return result;
}

/**
 * Probes a cached page every PROBE_EVERY_MS while `work` runs; the worst wait is how long any
 * reader of a cached page was held up by the renders (the embedded driver answers on the main thread).
 */
export async function probeWhile(
  app: RunningServer,
  work: () => Promise<unknown>,
): Promise<{ worst: number; count: number }> {
  const probeUrl = `${app.baseUrl}/robots.txt`;
  await httpGet(probeUrl);
  let isRunning = true;
  const waits: number[] = [];
  const probing = (async () => {
    while (isRunning) {
      const started = performance.now();
      const response = await httpGet(probeUrl);
      if (response.status === 200) waits.push(response.lastByteMs);
      await sleep(Math.max(0, PROBE_EVERY_MS - (performance.now() - started)));
    }
  })();
  try {
    await work();
  } finally {
    isRunning = false;
    await probing;
  }
  return { worst: Math.max(0, ...waits), count: waits.length };
}

/** Each address once, uncached, one after another. */
async function renderEach(app: RunningServer, list: string[]): Promise<void> {
  for (const address of list) await httpGet(`${app.baseUrl}${address}`, { timeoutMs: 120_000, headers: BYPASS_CACHE });
}

async function run(context: BenchContext): Promise<ScenarioResult> {
  const failures: string[] = [];
  const database = createTemporaryDatabase(context.config.keepDatabase);
  const slug = await seedCommitments(database.url);
  const list = addresses(slug);
  const port = context.config.secondAppPort;

  const small = await seedRecommendations(database.url, 0, SMALL);
  console.log(`  seeded ${fixed(SMALL)} recommendations in ${seconds(small.ms)}`);
  let app = await startNextServer(port, database.url);
  console.log(`  at ${fixed(SMALL)}:`);
  const atSmall = await measure(app, list, failures);
  // The same probe at 3,000: what a render itself holds the event loop for, whatever the data's size.
  const baseline = await probeWhile(app, () => renderEach(app, list));
  await app.stop();

  const large = await seedRecommendations(database.url, SMALL, LARGE);
  console.log(
    `  seeded ${fixed(LARGE - SMALL)} more in ${seconds(large.ms)} (batched INSERTs, triggers keep the index and counts)`,
  );
  app = await startNextServer(port, database.url);
  console.log(`  at ${fixed(LARGE)}:`);
  const atLarge = await measure(app, list, failures);

  // The shadow report's CSV of every UPR cycle (~150,000 rows) streams: the server's growth while it downloads.
  await waitForIdle(app.pid);
  const sampler = sampleRss(app.pid, 50);
  const exported = await httpGet(`${app.baseUrl}${LARGE_EXPORT}`, { timeoutMs: 600_000, headers: BYPASS_CACHE });
  const exportMemory = sampler.stop();
  if (exported.status !== 200) failures.push(`${LARGE_EXPORT} answered ${exported.status}`);
  const exportRows = exported.body.toString("utf8").split("\r\n").length - 2;
  const exportGrowth =
    exportMemory.beforeMiB !== null && exportMemory.peakMiB !== null
      ? exportMemory.peakMiB - exportMemory.beforeMiB
      : NaN;
  console.log(`    ${LARGE_EXPORT}: ${seconds(exported.lastByteMs)}, RSS +${fixed(exportGrowth)} MiB`);

  // While each address renders uncached at 300,000, a cached page is probed every 100 ms.
  const single = await probeWhile(app, () => renderEach(app, list));
  // Ten distinct searches at once (none cached), with the probe running.
  const words = [
    "torture",
    "detention",
    "journalists",
    "пыток",
    "насилия",
    "тәуелсіз",
    "education",
    "migrant",
    "trafficking",
    "судебной",
  ];
  let burstMs = 0;
  const burst = await probeWhile(app, async () => {
    const started = performance.now();
    const answers = await Promise.all(
      words.map((word) =>
        httpGet(`${app.baseUrl}/en/recommendations?q=${encodeURIComponent(word)}`, {
          timeoutMs: 120_000,
          headers: BYPASS_CACHE,
        }),
      ),
    );
    burstMs = performance.now() - started;
    for (const answer of answers)
      if (answer.status !== 200) failures.push(`a search in the burst answered ${answer.status}`);
  });
  await app.stop();

  const rows: string[][] = [];
  const targets: TargetCheck[] = [];
  for (const address of list) {
    const before = atSmall.get(address) ?? Number.NaN;
    const after = atLarge.get(address) ?? Number.NaN;
    const ratio = after / before;
    const isMet = ratio <= RATIO && after < TARGET_MS;
    rows.push([address, ms(before), ms(after), fixed(ratio, 2), isMet ? "PASS" : "MISS"]);
    targets.push({
      target: `≤ ${RATIO}× at ${fixed(SMALL)}, < ${TARGET_MS} ms`,
      subject: `${address} at ${fixed(LARGE)}`,
      measured: `${ms(after)} ms (${fixed(ratio, 2)}×)`,
      status: isMet ? "PASS" : "MISS",
    });
  }
  targets.push({
    target: `RSS growth ≤ ${EXPORT_GROWTH_MIB} MiB`,
    subject: `${LARGE_EXPORT} at ${fixed(LARGE)} (streamed, ~${fixed(exportRows)} rows)`,
    measured: `+${fixed(exportGrowth)} MiB in ${seconds(exported.lastByteMs)}`,
    status: exportGrowth <= EXPORT_GROWTH_MIB ? "PASS" : "MISS",
  });
  for (const [label, probe] of [
    ["while each address above renders at 300,000", single],
    ["while ten distinct searches render at once", burst],
  ] as const)
    targets.push({
      target: `no wait > ${PROBE_TARGET_MS} ms`,
      subject: `cached /robots.txt every ${PROBE_EVERY_MS} ms ${label}`,
      measured: `worst ${ms(probe.worst)} ms of ${probe.count}`,
      status: probe.worst <= PROBE_TARGET_MS ? "PASS" : "MISS",
    });
  return {
    lines: [
      `Uncached render (median of ${RUNS}, time to last byte) at ${fixed(SMALL)} and ${fixed(LARGE)} recommendations:`,
      ...table(["address", `${fixed(SMALL)} ms`, `${fixed(LARGE)} ms`, "ratio", "result"], rows),
      `Cached /robots.txt probed every ${PROBE_EVERY_MS} ms: worst ${ms(single.worst)} ms while each address rendered once at ${fixed(LARGE)} (${ms(baseline.worst)} ms ` +
        `at ${fixed(SMALL)}, the same renders on small data); worst ${ms(burst.worst)} ms while ten distinct searches rendered at once (${ms(burstMs)} ms for all ten).`,
      "Not measured here: the 300,000-row import through npm run import (built separately).",
    ],
    targets,
    failures,
  };
}

export const recommendationScaleScenario: Scenario = { name: "Recommendations at scale (3,000 and 300,000)", run };
