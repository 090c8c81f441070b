// Scenario (issue 17): the shadow-report export of one mechanism with 10,000 recommendations, each
// linked to a commitment with its history and evidence, as XLSX and DOCX. Target: under 5 s each
// (time to last byte, through the production server, the response cache bypassed).
import { createPrismaClient } from "@/lib/db/create-client";
import { fixed, ms, table } from "../format";
import { BYPASS_CACHE, httpGet } from "../http";
import { waitForIdle } from "../process-memory";
import type { BenchContext, Scenario, ScenarioResult, TargetCheck } from "../scenario";

const ROWS = 10_000;
const RUNS = 3;
const TARGET_MS = 5_000;
const THEMES = [
  "Torture and other cruel, inhuman or degrading treatment",
  "Administration of justice",
  "Women's rights",
  "Children's rights",
  "Freedom of association",
];
const TEXT =
  "[BENCH] The State party should ensure that all allegations of torture and ill-treatment are promptly, impartially and effectively investigated by an independent body, " +
  "that suspected perpetrators are duly prosecuted and, if found guilty, punished with " +
  "penalties commensurate with the gravity of their acts, and that victims obtain redress. ";

async function seedRecommendations(databaseUrl: string): Promise<number> {
  const db = createPrismaClient(databaseUrl);
  try {
    const commitments = await db.commitment.findMany({
      where: { isPublished: true, isArchived: false },
      select: { id: true },
      take: ROWS,
    });
    const rows = Array.from({ length: ROWS }, (_, index) => ({
      id: `benchrec${index}`,
      mechanismCode: "CAT",
      cycle: "bench",
      symbol: `CAT/C/BENCH/CO/${1 + Math.floor(index / 1000)}`,
      paragraph: String(index % 1000),
      text: `${TEXT}${index}`,
      textRu: `[BENCH] Государству-участнику следует обеспечить оперативное, беспристрастное и эффективное расследование всех заявлений о пытках ${index}`,
      issuedOn: new Date("2021-12-07T00:00:00Z"),
      searchText: "",
    }));
    for (let start = 0; start < rows.length; start += 1_000) {
      const batch = rows.slice(start, start + 1_000);
      await db.recommendation.createMany({ data: batch });
      await db.recommendationTheme.createMany({
        data: batch.map((row, offset) => ({
          recommendationId: row.id,
          theme: THEMES[(start + offset) % THEMES.length]!,
        })),
      });
      await db.commitmentRecommendation.createMany({
        data: batch.map((row, offset) => ({
          recommendationId: row.id,
          commitmentId: commitments[(start + offset) % commitments.length]!.id,
        })),
      });
    }
    return commitments.length;
  } finally {
    await db.$disconnect();
  }
}

async function run(context: BenchContext): Promise<ScenarioResult> {
  const failures: string[] = [];
  const linked = await seedRecommendations(context.database.url);
  const rows: string[][] = [];
  const targets: TargetCheck[] = [];
  for (const format of ["xlsx", "docx", "csv"] as const) {
    const url = `${context.app.baseUrl}/reports/shadow.${format}?mechanism=CAT&cycle=bench&lang=ru`;
    const times: number[] = [];
    let size = 0;
    for (let attempt = 0; attempt <= RUNS; attempt += 1) {
      await waitForIdle(context.app.pid);
      const response = await httpGet(url, { timeoutMs: 120_000, headers: BYPASS_CACHE });
      if (response.status !== 200) failures.push(`shadow.${format} answered ${response.status}`);
      if (format !== "csv" && response.body.subarray(0, 2).toString("latin1") !== "PK")
        failures.push(`shadow.${format} is not a ZIP package`);
      // The first request warms the route's modules; it is not counted.
      if (attempt > 0) times.push(response.lastByteMs);
      size = response.body.length;
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)] ?? 0;
    const worst = times.at(-1) ?? 0;
    rows.push([`/reports/shadow.${format}`, ms(median), ms(worst), fixed(Math.round(size / 1024))]);
    if (format !== "csv")
      targets.push({
        target: `< ${TARGET_MS / 1000} s`,
        subject: `shadow.${format}, ${fixed(ROWS)} rows`,
        measured: `${ms(worst)} ms worst of ${RUNS}`,
        status: worst < TARGET_MS ? "PASS" : "MISS",
      });
  }
  return {
    lines: [
      `Shadow report of one mechanism: ${fixed(ROWS)} recommendations in 5 themes (5 theme sheets + summary), ` +
        `each linked to one of ${fixed(linked)} commitments (median and worst of ${RUNS}, time to last byte):`,
      ...table(["download", "median ms", "worst ms", "KB"], rows),
    ],
    targets,
    failures,
  };
}

export const shadowExportScenario: Scenario = { name: "Shadow-report export (XLSX, DOCX, CSV)", run };
