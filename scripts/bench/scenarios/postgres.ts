// Scenario (issue 27): the same data on PostgreSQL, served by one app instance and then by two on
// the one database (deploy/postgres.md). Cached reads from one instance against two, uncached
// renders against SQLite, and an editor's writes through one instance read back from the other.
import { spawnSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { createPrismaClient } from "../../../lib/db/create-client";
// @ts-expect-error -- a plain ESM script without types (scripts/pg-cluster.mjs documents it).
import { startCluster, stopCluster } from "../../pg-cluster.mjs";
import { onCleanup } from "../cleanup";
import { signInEditor } from "../editor";
import { fixed, ms, table } from "../format";
import { BYPASS_CACHE, httpGet } from "../http";
import { loadProblems, measureLoad, warmUp, type LoadResult } from "../load";
import { startNextServer, type RunningServer } from "../next-server";
import { waitForIdle } from "../process-memory";
import type { BenchContext, Scenario, ScenarioResult, TargetCheck } from "../scenario";
import { seedBenchmarkData } from "../seed";

const RENDERS = 7;
const WRITES = 20;
const RENDER_RATIO_TARGET = 2;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** A throwaway cluster and a migrated, seeded database on it; null when PostgreSQL is not installed. */
async function preparePostgres(context: BenchContext): Promise<{ url: string } | null> {
  const port = context.config.appPort + 7000;
  const cluster = startCluster(port) as { directory: string; url: string } | null;
  if (!cluster) return null;
  onCleanup("stop the PostgreSQL cluster", () => stopCluster(cluster.directory));
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query("CREATE DATABASE uade_bench");
  await admin.end();
  const url = cluster.url.replace(/\/postgres$/, "/uade_bench");
  const prisma = path.resolve("node_modules", "prisma", "build", "index.js");
  const migrated = spawnSync(process.execPath, [prisma, "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    encoding: "utf8",
  });
  if (migrated.status !== 0) throw new Error(`migrating PostgreSQL failed:\n${migrated.stdout}\n${migrated.stderr}`);
  const seeded = await seedBenchmarkData(url, context.config.commitments, context.config.statusChanges);
  console.log(
    `  PostgreSQL ${port}: seeded ${fixed(seeded.commitments)} commitments, ${fixed(seeded.statusChanges)} status changes in ${fixed(seeded.insertMs / 1000, 1)} s`,
  );
  return { url };
}

async function renderMs(base: string, address: string): Promise<number> {
  const times: number[] = [];
  for (let round = 0; round < RENDERS; round += 1) {
    const response = await httpGet(`${base}${address}`, { headers: BYPASS_CACHE });
    if (response.status !== 200) throw new Error(`GET ${address} answered ${response.status}`);
    times.push(response.lastByteMs);
  }
  return median(times);
}

/** Cached load on one address split over `servers` (the connections shared out), summed. */
async function loadOn(servers: RunningServer[], address: string, context: BenchContext): Promise<LoadResult[]> {
  const { connections, durationSeconds, warmupRequests } = context.config;
  const share = Math.max(1, Math.round(connections / servers.length));
  for (const server of servers) await warmUp(`${server.baseUrl}${address}`, warmupRequests, share);
  for (const server of servers) await waitForIdle(server.pid);
  return Promise.all(servers.map((server) => measureLoad(`${server.baseUrl}${address}`, share, durationSeconds)));
}

async function run(context: BenchContext): Promise<ScenarioResult> {
  const lines: string[] = [];
  const targets: TargetCheck[] = [];
  const failures: string[] = [];
  const database = await preparePostgres(context);
  if (!database) {
    lines.push("PostgreSQL is not installed (apt-get install postgresql): scenario not run.");
    return { lines, targets, failures };
  }
  const first = await startNextServer(context.config.appPort + 10, database.url);
  const second = await startNextServer(context.config.appPort + 11, database.url);
  const db = createPrismaClient(database.url);
  try {
    // 1. Uncached renders: PostgreSQL against the SQLite server of the other scenarios.
    const slug = context.seed.sampleSlug;
    const addresses = ["/ru", "/ru/commitments", `/ru/commitments/${slug}`, "/ru/commitments?q=закон", "/ru/reports"];
    const renderRows: string[][] = [];
    for (const address of addresses) {
      await waitForIdle(context.app.pid);
      const sqlite = await renderMs(context.app.baseUrl, address);
      await waitForIdle(first.pid);
      const postgres = await renderMs(first.baseUrl, address);
      renderRows.push([address, ms(sqlite), ms(postgres), fixed(postgres / sqlite, 2)]);
      targets.push({
        target: `uncached render on PostgreSQL ≤ ${RENDER_RATIO_TARGET}× SQLite`,
        subject: address,
        measured: `${ms(postgres)} ms vs ${ms(sqlite)} ms`,
        status: postgres <= RENDER_RATIO_TARGET * sqlite ? "PASS" : "MISS",
      });
    }
    lines.push(
      `Uncached render (median of ${RENDERS}), SQLite server vs PostgreSQL instance:`,
      ...table(["address", "SQLite ms", "PostgreSQL ms", "ratio"], renderRows, 1),
    );

    // 2. Cached reads: one instance, then the same load shared by two.
    const loadRows: string[][] = [];
    for (const address of ["/ru/commitments", `/ru/commitments/${slug}`]) {
      const one = await loadOn([first], address, context);
      const two = await loadOn([first, second], address, context);
      for (const [label, results] of [
        ["one instance", one],
        ["two instances", two],
      ] as const) {
        results.forEach((result, index) => failures.push(...loadProblems(`${label} #${index + 1} ${address}`, result)));
        const total = results.reduce((sum, result) => sum + result.requestsPerSecond, 0);
        const p99 = Math.max(...results.map((result) => result.p99Ms));
        loadRows.push([address, label, fixed(total), ms(p99)]);
      }
    }
    lines.push(
      "",
      `Cached reads on PostgreSQL (${context.config.connections} connections in all, shared between the instances):`,
      ...table(["address", "served by", "req/s", "p99 ms"], loadRows, 2),
      "  (two instances on this 2-core machine share the same cores: the second instance is for",
      "  availability, and for more throughput only on more cores or machines)",
    );

    // 3. Writes through the first instance, each read back at once from the second.
    const editor = await signInEditor(db, first.baseUrl);
    const writeTimes: number[] = [];
    let fresh = 0;
    // Values that need no evidence link, alternating so every write changes the record.
    const values = ["STALLED", "IN_PROGRESS"];
    for (let write = 0; write < WRITES; write += 1) {
      await httpGet(`${second.baseUrl}/api/v1/commitments/${slug}`); // the other instance's cache, warm
      const started = performance.now();
      const status = await editor.recordStatus(slug, values[write % 2]!);
      writeTimes.push(performance.now() - started);
      if (status !== 200) failures.push(`status.update through instance 1 answered ${status}`);
      const to = values[write % 2]!;
      // The record as the other instance's API answers it (cached there until the version moves).
      const after = await httpGet(`${second.baseUrl}/api/v1/commitments/${slug}`);
      if (status === 200 && after.status === 200 && after.body.toString("utf8").includes(`"assessment":"${to}"`))
        fresh += 1;
    }
    lines.push(
      "",
      `Writes through instance 1 (status.update), median ${ms(median(writeTimes))} ms; read back at once from instance 2: ${fresh} of ${WRITES} showed the change.`,
    );
    targets.push({
      target: "a write through one instance shows on the next read of the other",
      subject: `${WRITES} status changes`,
      measured: `${fresh} of ${WRITES}`,
      status: fresh === WRITES ? "PASS" : "MISS",
    });
    if (fresh !== WRITES) failures.push(`only ${fresh} of ${WRITES} writes showed on the other instance's next read`);
  } finally {
    await db.$disconnect();
    await second.stop();
    await first.stop();
  }
  return { lines, targets, failures };
}

export const postgresScenario: Scenario = { name: "PostgreSQL: one instance against two", run };
