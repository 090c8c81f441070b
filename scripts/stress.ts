// `npm run stress`: the slow attack suites of issue 12, against the production build on a
// temporary database (the fast ones are part of `npm test`).
//   1. kill -9 during writes: editors write verification notes while the server is killed with
//      SIGKILL at a random moment, STRESS_KILLS times (default 10); after each kill the database
//      must pass `PRAGMA integrity_check` and hold every write the server acknowledged (200).
//   2. load: STRESS_CONNECTIONS (default 50) connections on public pages, the API and a feed for
//      STRESS_DURATION seconds (default 20) while an editor writes; no answer may be a 5xx.
//   3. hostile documents (issue 22): a PDF bomb and deeply nested HTML cited as evidence are
//      captured by the server while a probe asks the API every 100 ms (scripts/stress/documents.ts).
// Settings: STRESS_PORT (default 3310, loopback only), STRESS_KILLS, STRESS_CONNECTIONS, STRESS_DURATION.
// Exit code 0 when every check holds, 1 otherwise.
import { spawnSync } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import autocannon, { type Result as LoadResult } from "autocannon";
import { hashPassword } from "@/lib/auth/password";
import { createPrismaClient } from "@/lib/db/create-client";
import { installSignalHandlers, onCleanup, runCleanup } from "./bench/cleanup";
import { createTemporaryDatabase } from "./bench/database";
import { ensureProductionBuild } from "./bench/next-server";
import { stressHostileDocuments } from "./stress/documents";
import { signIn, writeNote, type Editor } from "./stress/editor";
import { startStressServer } from "./stress/server";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const number = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
};
const PORT = number("STRESS_PORT", 3310);
const KILLS = number("STRESS_KILLS", 10);
const CONNECTIONS = number("STRESS_CONNECTIONS", 50);
const DURATION = number("STRESS_DURATION", 20);
const WRITERS = 4;
const PASSWORD = "a long stress passphrase 42";

async function main(): Promise<number> {
  installSignalHandlers();
  const problems: string[] = [];
  console.log(
    `Uade stress — ${KILLS} × kill -9 during writes, then ${CONNECTIONS} connections for ${DURATION} s while an editor writes`,
  );
  ensureProductionBuild();
  const database = createTemporaryDatabase(false);
  const seeded = spawnSync(process.execPath, ["--import", "tsx", "prisma/seed.ts"], {
    env: { ...process.env, DATABASE_URL: database.url },
    encoding: "utf8",
  });
  if (seeded.status !== 0) throw new Error(`seeding failed: ${seeded.stderr}`);
  const db = createPrismaClient(database.url);
  onCleanup("close the database", () => db.$disconnect());
  const email = "stress-editor@example.org";
  await db.user.create({
    data: { email, name: "Stress Editor", role: "EDITOR", passwordHash: await hashPassword(PASSWORD) },
  });
  const targets = (
    await db.commitment.findMany({ where: { isPublished: true }, select: { id: true }, take: WRITERS + 1 })
  ).map((row) => row.id);
  if (targets.length < WRITERS + 1) throw new Error("the dataset has too few published commitments");

  // 1. kill -9 during writes.
  const acknowledged: string[] = [];
  const unexpected = new Map<string, number>();
  let attempted = 0;
  let editor: Editor | null = null;
  for (let round = 1; round <= KILLS; round += 1) {
    const server = await startStressServer(PORT, database.url);
    const dropCleanup = onCleanup("kill the server", () => server.kill9());
    editor ??= await signIn(server.baseUrl, email, PASSWORD);
    const session = editor;
    let isRunning = true;
    // The kill comes at a random moment once writes are flowing (a cold server answers slowly).
    let markFlowing: () => void = () => {};
    const isFlowing = new Promise<void>((resolve) => {
      markFlowing = resolve;
    });
    const writers = targets.slice(0, WRITERS).map(async (commitmentId, writer) => {
      for (let index = 0; isRunning; index += 1) {
        attempted += 1;
        const outcome = await writeNote(session, db, commitmentId, `stress ${round}.${writer}.${index}`);
        if (outcome.status === 200) {
          acknowledged.push(outcome.note);
          markFlowing();
        } else if (outcome.status !== "network" && outcome.status !== 409)
          unexpected.set(String(outcome.status), (unexpected.get(String(outcome.status)) ?? 0) + 1);
        // A refused connection: the server is being killed, or a pooled socket died with the last one.
        if (outcome.status === "network") await sleep(50);
      }
    });
    await Promise.race([isFlowing, sleep(60_000)]);
    await sleep(200 + Math.random() * 1500);
    await server.kill9();
    dropCleanup();
    isRunning = false;
    await Promise.all(writers);
    const integrity = await db.$queryRawUnsafe<{ integrity_check: string }[]>("PRAGMA integrity_check");
    const stored = new Set(
      (await db.verification.findMany({ where: { note: { startsWith: "stress " } }, select: { note: true } })).map(
        (row) => row.note,
      ),
    );
    const lost = acknowledged.filter((note) => !stored.has(note));
    const isIntact = integrity.length === 1 && integrity[0]?.integrity_check === "ok";
    console.log(
      `  kill -9 #${round}: ${acknowledged.length} acknowledged so far, ${lost.length} lost, integrity ${isIntact ? "ok" : JSON.stringify(integrity)}${unexpected.size > 0 ? `; other answers ${JSON.stringify(Object.fromEntries(unexpected))}` : ""}`,
    );
    if (!isIntact) problems.push(`integrity check failed after kill #${round}`);
    if (acknowledged.length === 0) problems.push(`no write was acknowledged by kill #${round}: nothing was tested`);
    if (lost.length > 0)
      problems.push(
        `after kill #${round}, ${lost.length} acknowledged writes are missing (${lost.slice(0, 3).join(", ")})`,
      );
  }

  // 2. load while an editor writes.
  const server = await startStressServer(PORT, database.url);
  onCleanup("stop the server", () => server.stop());
  const session = await signIn(server.baseUrl, email, PASSWORD);
  let isWriting = true;
  const writes: Record<string, number> = {};
  const writer = (async () => {
    for (let index = 0; isWriting; index += 1) {
      const outcome = await writeNote(session, db, targets[WRITERS] ?? "", `load ${index}`);
      writes[String(outcome.status)] = (writes[String(outcome.status)] ?? 0) + 1;
    }
  })();
  const paths = ["/ru", "/ru/commitments", "/api/v1/commitments", "/feed.xml"];
  // CONNECTIONS in all, shared out over the addresses.
  const connectionsFor = (index: number) =>
    Math.floor(CONNECTIONS / paths.length) + (index < CONNECTIONS % paths.length ? 1 : 0);
  const results = await Promise.all(
    paths.map(
      (path, index) =>
        new Promise<LoadResult>((resolve, reject) => {
          autocannon(
            {
              url: `${server.baseUrl}${path}`,
              connections: Math.max(1, connectionsFor(index)),
              duration: DURATION,
              timeout: 60,
            },
            (error, result) => (error ? reject(error) : resolve(result)),
          );
        }),
    ),
  );
  isWriting = false;
  await writer;
  let serverErrors = 0;
  for (const [index, result] of results.entries()) {
    const codes = Object.fromEntries(
      Object.entries(result.statusCodeStats).map(([code, stats]) => [code, stats.count]),
    );
    const fivexx = Object.entries(codes)
      .filter(([code]) => code.startsWith("5"))
      .reduce((sum, [, count]) => sum + count, 0);
    serverErrors += fivexx;
    console.log(
      `  ${paths[index]}: ${result.latency.totalCount} requests, p99 ${result.latency.p99} ms, ` +
        `status codes ${JSON.stringify(codes)}, ${result.errors} errors, ${result.timeouts} timeouts`,
    );
    if (result.errors > 0 || result.timeouts > 0)
      problems.push(`${paths[index]}: ${result.errors} errors, ${result.timeouts} timeouts`);
  }
  const writeErrors = Object.entries(writes)
    .filter(([code]) => code.startsWith("5") || code === "network")
    .reduce((sum, [, count]) => sum + count, 0);
  console.log(`  editor writes meanwhile: ${JSON.stringify(writes)}`);
  if (serverErrors + writeErrors > 0)
    problems.push(`${serverErrors + writeErrors} answers were 5xx or failed under load`);

  await server.stop();

  // 3. hostile documents cited as evidence.
  problems.push(...(await stressHostileDocuments(db, targets[0] ?? "", () => startStressServer(PORT, database.url))));

  console.log(
    `\nstress: ${KILLS} kill -9, ${attempted} writes attempted, ${acknowledged.length} acknowledged, 0 acknowledged writes lost: ` +
      `${problems.some((p) => p.includes("missing")) ? "NO" : "yes"}; integrity ${problems.some((p) => p.includes("integrity")) ? "FAILED" : "ok"}; ${serverErrors + writeErrors} 5xx under load`,
  );
  for (const problem of problems) console.log(`  PROBLEM: ${problem}`);
  return problems.length === 0 ? 0 : 1;
}

main()
  .then(async (code) => {
    await runCleanup();
    process.exit(code);
  })
  .catch(async (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    await runCleanup();
    process.exit(1);
  });
