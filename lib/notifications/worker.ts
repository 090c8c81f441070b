import "server-only";
import { currentInstant } from "@/lib/calendar";
import { parseEnv } from "@/lib/env";
import { claimDueDeliveries, deliverClaimed } from "./deliver";
import { fanOutEvents, forgetUnconfirmed, queueDailyDigests } from "./outbox/mutations";
import { registerNotifyWorker } from "./wake";

const BATCH = 20;
const STARTED = Symbol.for("uade.notify-worker-schedule");

export type NotifyRun = { fannedOut: number; digests: number; sent: number; retried: number; failed: number };

/**
 * One run of the notification work: fan out new outbox events, queue the day's digests, send
 * what is due (at most 4 at once, so one hanging receiver holds up only its own slot), and
 * forget confirmation requests nobody confirmed. Safe to run in several processes at once.
 */
export async function runNotifyWork(now: Date = currentInstant()): Promise<NotifyRun> {
  const run: NotifyRun = {
    fannedOut: await fanOutEvents(now),
    digests: await queueDailyDigests(now),
    sent: 0,
    retried: 0,
    failed: 0,
  };
  for (;;) {
    const claimed = await claimDueDeliveries(now, BATCH);
    if (claimed.length === 0) break;
    const lanes = Array.from({ length: 4 }, async (_, lane) => {
      for (let index = lane; index < claimed.length; index += 4) {
        const id = claimed[index];
        if (!id) continue;
        const state = await deliverClaimed(id, now);
        if (state === "SENT") run.sent += 1;
        else if (state === "PENDING") run.retried += 1;
        else if (state === "FAILED") run.failed += 1;
      }
    });
    await Promise.all(lanes);
    if (claimed.length < BATCH) break;
  }
  await forgetUnconfirmed(now);
  return run;
}

/**
 * Starts the worker inside the web server (once per process), like the evidence schedule: a run
 * every NOTIFY_POLL_SECONDS, and one shortly after each enqueue. Returns a stop function.
 */
export function startNotifySchedule(): () => void {
  const holder = globalThis as { [STARTED]?: () => void };
  if (holder[STARTED]) return holder[STARTED];
  const env = parseEnv();
  let isRunning = false;
  let again = false;
  const tick = async () => {
    if (isRunning) {
      again = true;
      return;
    }
    isRunning = true;
    try {
      do {
        again = false;
        await runNotifyWork();
      } while (again);
    } catch (error) {
      console.error("Notification run failed (it runs again shortly):", error);
    } finally {
      isRunning = false;
    }
  };
  // The enqueue runs inside the save's transaction: wait a moment so the run sees it committed.
  registerNotifyWorker({ request: () => void setTimeout(() => void tick(), 250).unref() });
  const timer = setInterval(() => void tick(), env.NOTIFY_POLL_SECONDS * 1000);
  timer.unref();
  void tick();
  const stop = () => {
    clearInterval(timer);
    registerNotifyWorker(undefined);
    delete holder[STARTED];
  };
  holder[STARTED] = stop;
  return stop;
}
