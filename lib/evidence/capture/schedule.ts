import "server-only";
import { parseEnv } from "@/lib/env";
import { HostQueue } from "./host-queue";
import { registerCaptureWorker } from "./on-save";
import { runEvidenceWork } from "./run";
import { captureSettings } from "./settings";
import { removeStaleParts } from "./store";
import { PRIVATE_ADDRESSES_WARNING } from "./warning";

const TICK_MS = 60_000;
const STARTED = Symbol.for("uade.evidence-schedule");

/**
 * Starts evidence capturing inside the web server (once per process): captures on save at once
 * in the background, retries failed captures, and checks every captured link once per
 * EVIDENCE_CHECK_INTERVAL_HOURS (0: no checks), spread over the interval. Every request goes
 * through one polite queue (one request per host at a time, a pause between them).
 * Returns a stop function (tests, shutdown).
 */
export function startEvidenceSchedule(): () => void {
  const holder = globalThis as { [STARTED]?: () => void };
  if (holder[STARTED]) return holder[STARTED];
  const env = parseEnv();
  const settings = captureSettings(env);
  if (env.CAPTURE_ALLOW_PRIVATE_ADDRESSES) console.warn(PRIVATE_ADDRESSES_WARNING);
  void removeStaleParts(settings.directory).catch(() => {});
  const queue = new HostQueue(settings.hostDelayMs);
  const inFlight = new Set<string>();

  let isRunning = false;
  const tick = async () => {
    if (isRunning) return;
    isRunning = true;
    try {
      await runEvidenceWork(settings, queue, { everything: false, checks: settings.checkIntervalMs > 0, inFlight });
    } catch (error) {
      console.error("Evidence schedule run failed (it runs again in a minute):", error);
    } finally {
      isRunning = false;
    }
  };
  // A save asks for its capture at once; captures already queued are skipped (inFlight).
  registerCaptureWorker({
    request: () =>
      void runEvidenceWork(settings, queue, { everything: false, checks: false, inFlight }).catch((error) =>
        console.error("Evidence capture could not start (it stays pending):", error),
      ),
  });
  const timer = setInterval(() => void tick(), TICK_MS);
  timer.unref();
  void tick();
  const stop = () => {
    clearInterval(timer);
    registerCaptureWorker(undefined);
    delete holder[STARTED];
  };
  holder[STARTED] = stop;
  return stop;
}
