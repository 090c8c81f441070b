import { currentInstant } from "@/lib/calendar";
import { listDueWork } from "./data";
import { hostOf, type HostQueue } from "./host-queue";
import { captureEvidence, checkEvidence } from "./mutations";
import type { CaptureSettings } from "./settings";

export type RunSummary = { captures: Record<string, number>; checks: Record<string, number> };

/**
 * Evidence work of one run, given to a shared polite queue: captures that are due (retries of
 * failures, links saved while no worker ran) and links whose check is due. `everything` (used by
 * `npm run evidence:check`) takes every pending capture and checks every captured link now.
 * `inFlight` skips links already queued by someone else (the save hook, the previous tick).
 */
export async function runEvidenceWork(
  settings: CaptureSettings,
  queue: HostQueue,
  options: { everything: boolean; checks: boolean; inFlight?: Set<string> },
): Promise<RunSummary> {
  const now = currentInstant();
  const { dueCaptures, dueChecks } = await listDueWork(now, options);
  const summary: RunSummary = { captures: {}, checks: {} };
  const count = (bucket: Record<string, number>, key: string | null) => {
    if (key) bucket[key] = (bucket[key] ?? 0) + 1;
  };
  const tasks: Promise<void>[] = [];
  const queueOnce = (evidenceId: string, url: string, task: () => Promise<void>) => {
    if (options.inFlight?.has(evidenceId)) return;
    options.inFlight?.add(evidenceId);
    tasks.push(queue.add(hostOf(url), task).finally(() => options.inFlight?.delete(evidenceId)));
  };
  for (const item of dueCaptures) {
    const trigger = item.captureAttempts === 0 ? "save" : "retry";
    queueOnce(item.evidenceId, item.url, async () =>
      count(summary.captures, await captureEvidence(item.evidenceId, trigger, settings)),
    );
  }
  for (const item of dueChecks) {
    queueOnce(item.evidenceId, item.url, async () =>
      count(summary.checks, await checkEvidence(item.evidenceId, settings)),
    );
  }
  await Promise.all(tasks);
  return summary;
}
