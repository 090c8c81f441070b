// Profiling aid: times each public data function (lib/commitments/data.ts) in isolation, without
// Next.js, against a benchmark database kept with BENCH_KEEP_DB=1.
// Usage: DATABASE_URL=file:/tmp/uade-bench-XXXX/bench.db npx tsx --conditions=react-server scripts/bench/profile-data.ts
import {
  getOverview,
  getPublishedCommitment,
  iteratePublishedCommitments,
  listFilterOptions,
  listPublishedCommitments,
  listRecentStatusChanges,
} from "@/lib/commitments/data";
import { commitmentColumns } from "@/lib/open-data/columns";
import { csvStream } from "@/lib/open-data/csv";
import { parseCommitmentFilters } from "@/lib/commitments/filters";
import { fixed, table } from "./format";

const RUNS = Number(process.env.PROFILE_RUNS ?? 20);

async function time(label: string, work: () => Promise<unknown>): Promise<string[]> {
  await work();
  const samples: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return [label, fixed(samples[Math.floor(RUNS / 2)] ?? 0, 1), fixed(samples[RUNS - 1] ?? 0, 1)];
}

async function main(): Promise<void> {
  const { filters, pagination } = parseCommitmentFilters(new URLSearchParams());
  const slug = process.env.BENCH_SLUG ?? "bench-00000-legal-aid";
  const rows = [
    await time("getOverview", () => getOverview()),
    await time("listRecentStatusChanges(8)", () => listRecentStatusChanges({ take: 8 })),
    await time("listPublishedCommitments(page 1)", () => listPublishedCommitments(filters, pagination)),
    await time("listFilterOptions", () => listFilterOptions()),
    await time("getPublishedCommitment", () => getPublishedCommitment(slug)),
    await time("iteratePublishedCommitments (all rows)", async () => {
      for await (const batch of iteratePublishedCommitments(filters)) void batch;
    }),
    await time("CSV export (rows + csv-stringify)", async () => {
      const reader = csvStream(
        commitmentColumns("http://127.0.0.1", new Date()),
        iteratePublishedCommitments(filters),
      ).getReader();
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) void chunk.value;
    }),
  ];
  console.log(table(["function", "median ms", "max ms"], rows).join("\n"));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
