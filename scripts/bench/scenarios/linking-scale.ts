// Scenario (issue 25): link suggestions for one commitment at 3,000 and at 300,000 recommendations,
// through the path the workspace uses (lib/linking/suggest.ts: full-text candidates, then the
// rerank), called in-process on its own database (the dataset's commitments, the hand-marked test
// set, and the generated recommendations of scripts/bench/recommendation-seed.ts).
// Target: ≤ TARGET_MS per commitment at 300,000. Also printed: "made before" for one recommendation
// and commitment suggestions for one recommendation.
import { createTemporaryDatabase } from "../database";
import { fixed, ms, seconds, table } from "../format";
import { seedRecommendations } from "../recommendation-seed";
import type { BenchContext, Scenario, ScenarioResult, TargetCheck } from "../scenario";
import { loadDataset, loadDatasetTranslations } from "@/lib/dataset/load-dataset";
import { seedDataset } from "@/lib/dataset/seed-dataset";
import { createPrismaClient, type PrismaClient } from "@/lib/db/create-client";
import { insertLinkingFixture } from "@/lib/linking/fixture";
import { findSameMatter, suggestCommitments, suggestRecommendations } from "@/lib/linking/suggest";
import { SAME_MATTER_THRESHOLD } from "@/lib/linking/thresholds";

const SMALL = 3_000;
const LARGE = 300_000;
const RUNS = 7;
const TARGET_MS = 200;
/** Commitments of the dataset measured (a rare matter, a common one, a broad one). */
const COMMITMENTS = [
  "ratify-iccpr-second-optional-protocol",
  "criminalise-domestic-violence",
  "national-preventive-mechanism",
];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** Median wall time and median CPU time of this process (the embedded SQLite included) per call, after one warming call. */
async function time(work: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  await work();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    await work();
    walls.push(performance.now() - started);
    const cpu = process.cpuUsage(cpuBefore);
    cpus.push((cpu.user + cpu.system) / 1000);
  }
  return { wall: median(walls), cpu: median(cpus) };
}

async function measure(db: PrismaClient, commitmentIds: Map<string, string>, recommendationId: string) {
  const result = new Map<string, { wall: number; cpu: number }>();
  for (const [slug, id] of commitmentIds) {
    result.set(`suggest recommendations for ${slug}`, await time(() => suggestRecommendations(db, id)));
  }
  result.set(
    "made before / again for fixture dp-2",
    await time(() => findSameMatter(db, recommendationId, SAME_MATTER_THRESHOLD)),
  );
  result.set("suggest commitments for fixture dp-2", await time(() => suggestCommitments(db, recommendationId)));
  for (const [label, value] of result) console.log(`    ${label}: ${ms(value.wall)} ms (CPU ${ms(value.cpu)} ms)`);
  return result;
}

async function run(context: BenchContext | null): Promise<ScenarioResult> {
  const database = createTemporaryDatabase(context?.config.keepDatabase ?? false);
  const db = createPrismaClient(database.url);
  try {
    await seedDataset(db, loadDataset(), loadDatasetTranslations());
    const fixture = await insertLinkingFixture(db);
    const commitments = await db.commitment.findMany({
      where: { slug: { in: COMMITMENTS } },
      select: { id: true, slug: true },
    });
    const commitmentIds = new Map(commitments.map((row) => [row.slug, row.id]));
    const recommendationId = fixture.get("dp-2")!;
    const small = await seedRecommendations(database.url, 0, SMALL);
    console.log(`  seeded ${fixed(SMALL)} recommendations in ${seconds(small.ms)}; at ${fixed(SMALL)}:`);
    const atSmall = await measure(db, commitmentIds, recommendationId);
    const large = await seedRecommendations(database.url, SMALL, LARGE);
    console.log(`  seeded ${fixed(LARGE - SMALL)} more in ${seconds(large.ms)}; at ${fixed(LARGE)}:`);
    const atLarge = await measure(db, commitmentIds, recommendationId);
    const rows: string[][] = [];
    const targets: TargetCheck[] = [];
    for (const [label, after] of atLarge) {
      const before = atSmall.get(label);
      const isMet = after.wall <= TARGET_MS;
      rows.push([
        label,
        ms(before?.wall ?? Number.NaN),
        ms(before?.cpu ?? Number.NaN),
        ms(after.wall),
        ms(after.cpu),
        isMet ? "PASS" : "MISS",
      ]);
      targets.push({
        target: `≤ ${TARGET_MS} ms`,
        subject: `${label} at ${fixed(LARGE)}`,
        measured: `${ms(after.wall)} ms (CPU ${ms(after.cpu)} ms)`,
        status: isMet ? "PASS" : "MISS",
      });
    }
    return {
      lines: [
        `In-process time (median of ${RUNS}, after one warming call) at ${fixed(SMALL)} and ${fixed(LARGE)} recommendations;` +
          " CPU is this process's own (user + system), which other work on the machine does not inflate:",
        ...table(["call", `${fixed(SMALL)} ms`, "CPU", `${fixed(LARGE)} ms`, "CPU", "result"], rows),
      ],
      targets,
      failures: [],
    };
  } finally {
    await db.$disconnect();
  }
}

export const linkingScaleScenario: Scenario = { name: "Linking suggestions at scale (3,000 and 300,000)", run };
