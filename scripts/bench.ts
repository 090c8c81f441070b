// `npm run bench`: the performance benchmark (issues 3 and 11).
// Creates a temporary database with 5,000 published commitments and 25,000 status changes,
// serves the production build, and measures each scenario in scripts/bench/scenarios/.
// It is a measurement, not a test: a missed target is reported (exit 0); a failed request is not (exit 1).
// Settings: see scripts/bench/config.ts (BENCH_DURATION, BENCH_QUICK, BENCH_CONNECTIONS, BENCH_PORT).
import os from "node:os";
import { installSignalHandlers, runCleanup } from "./bench/cleanup";
import { readConfig } from "./bench/config";
import { createTemporaryDatabase } from "./bench/database";
import { fixed, seconds, table } from "./bench/format";
import { ensureProductionBuild, startNextServer } from "./bench/next-server";
import type { BenchContext, Scenario, TargetCheck } from "./bench/scenario";
import { csvExportScenario } from "./bench/scenarios/csv-export";
import { importScaleScenario } from "./bench/scenarios/import-scale";
import { cacheBehaviourScenario } from "./bench/scenarios/cache-behaviour";
import { cacheThroughputScenario } from "./bench/scenarios/cache-throughput";
import { recommendationScaleScenario } from "./bench/scenarios/recommendation-scale";
import { linkingScaleScenario } from "./bench/scenarios/linking-scale";
import { postgresScenario } from "./bench/scenarios/postgres";
import { reportsScenario } from "./bench/scenarios/reports";
import { shadowExportScenario } from "./bench/scenarios/shadow-export";
import { seedBenchmarkData } from "./bench/seed";

process.env.NEXT_TELEMETRY_DISABLED = "1";

/**
 * The scenarios, in the order they run. A new scenario is a module in scenarios/ added here.
 * The single CSV export runs first, on a server that has not yet grown its heap under load, so
 * its RSS growth means something.
 */
const SCENARIOS: readonly Scenario[] = [
  csvExportScenario,
  reportsScenario,
  shadowExportScenario,
  cacheThroughputScenario,
  cacheBehaviourScenario,
  recommendationScaleScenario,
  linkingScaleScenario,
  importScaleScenario,
  postgresScenario,
];

async function main(): Promise<number> {
  installSignalHandlers();
  const config = readConfig();
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  console.log(
    `Uade benchmark — ${os.cpus().length} × ${cpu}, Node ${process.version}, ${config.isQuick ? "QUICK (smoke) run, " : ""}${config.durationSeconds} s per URL`,
  );
  const loadBefore = os.loadavg()[0] ?? 0;
  console.log(
    `  load average before: ${fixed(loadBefore, 2)}${loadBefore > 0.5 ? " — WARNING: other work is running; figures will be lower and noisier" : ""}`,
  );

  console.log("\n[1/3] Temporary database");
  const migrateStart = performance.now();
  const database = createTemporaryDatabase(config.keepDatabase);
  console.log(`  migrated in ${seconds(performance.now() - migrateStart)}`);
  const seed = await seedBenchmarkData(database.url, config.commitments, config.statusChanges);
  console.log(
    `  generated in ${seconds(seed.generateMs)}, inserted in ${seconds(seed.insertMs)}: ${fixed(seed.commitments)} commitments, ${fixed(seed.statusChanges)} status changes, ` +
      `${fixed(seed.quotes)} quotes, ${fixed(seed.sources)} sources, ${fixed(seed.evidence)} evidence ` +
      `(${fixed(seed.evidenceLinks)} linked to changes), ${fixed(seed.instrumentLinks)} instrument links`,
  );

  console.log("\n[2/3] Production server");
  const build = ensureProductionBuild();
  console.log(build.isRebuilt ? `  built in ${seconds(build.ms)}` : "  the build in .next is current");
  const startedAt = performance.now();
  const app = await startNextServer(config.appPort, database.url);
  console.log(
    `  npm start's server ready at ${app.baseUrl} in ${seconds(performance.now() - startedAt)} (pid ${app.pid})`,
  );

  const context: BenchContext = { config, database, seed, app };
  const targets: TargetCheck[] = [];
  const failures: string[] = [];
  const report: string[] = [];
  console.log("\n[3/3] Scenarios");
  // BENCH_ONLY=shadow runs only the scenarios whose name contains the word (case-insensitive).
  const only = process.env.BENCH_ONLY?.trim().toLowerCase();
  for (const scenario of SCENARIOS.filter((candidate) => !only || candidate.name.toLowerCase().includes(only))) {
    console.log(`\n${scenario.name}`);
    const result = await scenario.run(context);
    report.push("", `== ${scenario.name} ==`, ...result.lines);
    targets.push(...result.targets);
    failures.push(...result.failures);
  }
  await app.stop();

  console.log(report.join("\n"));
  const loadAfter = os.loadavg()[0] ?? 0;
  const competing = Math.max(0, loadAfter - 2);
  console.log(
    `\nLoad average (1 min) at the end: ${fixed(loadAfter, 2)} on ${os.cpus().length} cores (the bench itself accounts for about ` +
      `2).${competing > 0.5 ? " WARNING: other processes competed for the CPU; rerun on an idle machine for figures to record." : ""}`,
  );
  console.log("\n== Targets ==");
  console.log(
    table(
      ["target", "subject", "measured", "result", "note"],
      targets.map((check) => [check.target, check.subject, check.measured, check.status, check.note ?? ""]),
      5,
    ).join("\n"),
  );
  const missed = targets.filter((check) => check.status === "MISS").length;
  console.log(
    `\n${targets.length - missed} of ${targets.length} targets hold${missed > 0 ? `; ${missed} missed (reported, not a failure)` : ""}.`,
  );
  if (failures.length > 0) {
    console.error(
      `\nFAILED: ${failures.length} problem(s) with the answers:\n${failures.map((failure) => `  - ${failure}`).join("\n")}`,
    );
    return 1;
  }
  return 0;
}

main()
  .then(async (code) => {
    await runCleanup();
    process.exit(code);
  })
  .catch(async (error: unknown) => {
    console.error(`\nbench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    await runCleanup();
    process.exit(1);
  });
