// Runs once when the server starts: a bad configuration stops it with a message naming the variable.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { parseEnv } = await import("@/lib/env");
  parseEnv();
  // Evidence captures on save, retries and the link checks run inside the server (not while building).
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startEvidenceSchedule } = await import("@/lib/evidence/capture/schedule");
  startEvidenceSchedule();
  // Follow-by-email, editor mail and webhooks: the outbox worker (lib/notifications/worker.ts).
  const { startNotifySchedule } = await import("@/lib/notifications/worker");
  startNotifySchedule();
  // SQLite's planner statistics, refreshed every 6 hours (lib/db/statistics.ts says why).
  const { startStatisticsSchedule } = await import("@/lib/db/statistics-schedule");
  startStatisticsSchedule();
}
