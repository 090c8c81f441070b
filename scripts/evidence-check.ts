// Checks every evidence link once, now (`npm run evidence:check`): captures what is still pending
// or failed, and re-fetches every captured link to record live / changed / gone. Politely: one
// request per host at a time, EVIDENCE_CHECK_HOST_DELAY_SECONDS between two. Safe to run from cron
// while the server runs (each link's writes are one transaction).
import { db } from "@/lib/db/client";
import { HostQueue } from "@/lib/evidence/capture/host-queue";
import { runEvidenceWork } from "@/lib/evidence/capture/run";
import { PRIVATE_ADDRESSES_WARNING } from "@/lib/evidence/capture/warning";
import { captureSettings } from "@/lib/evidence/capture/settings";
import { prepareDatabase } from "./lib/prepare-database";

async function main(): Promise<void> {
  const env = await prepareDatabase({ quiet: true });
  if (env.CAPTURE_ALLOW_PRIVATE_ADDRESSES) console.warn(PRIVATE_ADDRESSES_WARNING);
  const settings = captureSettings(env);
  const started = Date.now();
  const summary = await runEvidenceWork(settings, new HostQueue(settings.hostDelayMs), {
    everything: true,
    checks: true,
  });
  const describe = (counts: Record<string, number>) =>
    Object.entries(counts)
      .map(([key, count]) => `${count} ${key.toLowerCase()}`)
      .join(", ") || "none";
  console.log(
    `Evidence captures: ${describe(summary.captures)}. Link checks: ${describe(summary.checks)}. (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
