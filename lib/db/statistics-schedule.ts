import "server-only";
import { db } from "./client";
import { refreshPlannerStatisticsQuietly } from "./statistics";

const EVERY_MS = 6 * 60 * 60 * 1000;
const STARTED = Symbol.for("uade.statistics-schedule");

/**
 * Refreshes the query planner's statistics every 6 hours inside the server (npm start also does it
 * before serving, and each import after it commits), so tables that grow one edit at a time, or by
 * a script, keep good plans: with stale statistics the public list's "assessment" filter took
 * 190 s instead of 70 ms over 10,000 recommendations (measured, issue 17). Returns a stop function.
 */
export function startStatisticsSchedule(): () => void {
  const holder = globalThis as { [STARTED]?: () => void };
  if (holder[STARTED]) return holder[STARTED];
  const timer = setInterval(() => void refreshPlannerStatisticsQuietly(db), EVERY_MS);
  timer.unref();
  const stop = () => {
    clearInterval(timer);
    delete holder[STARTED];
  };
  holder[STARTED] = stop;
  return stop;
}
