// What every benchmark scenario receives and returns. One module per scenario in scenarios/;
// bench.ts runs them in order and prints their tables and targets.
import type { BenchConfig } from "./config";
import type { TemporaryDatabase } from "./database";
import type { RunningServer } from "./next-server";
import type { SeedSummary } from "./seed";

export type BenchContext = {
  config: BenchConfig;
  database: TemporaryDatabase;
  seed: SeedSummary;
  /** The production server, running and warmed up; idle whenever a scenario is not using it. */
  app: RunningServer;
};

export type TargetStatus = "PASS" | "MISS";

export type TargetCheck = { target: string; subject: string; measured: string; status: TargetStatus; note?: string };

export type ScenarioResult = {
  /** Printed as they are (tables, notes). */
  lines: string[];
  targets: TargetCheck[];
  /** Failed requests or wrong answers: the bench exits non-zero when any scenario reports one. */
  failures: string[];
};

export type Scenario = { name: string; run: (context: BenchContext) => Promise<ScenarioResult> };
