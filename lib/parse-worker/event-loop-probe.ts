import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

// A probe of what every other request would feel during an attack (tests and `npm run stress`):
// a timer due every 100 ms, how long past due it ran, and the process's memory at each tick.

const CLOCK_TICKS_PER_SECOND = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim()) || 100;

/**
 * CPU time of this process's main thread (the event loop) in ms, from Linux's /proc: worker
 * threads and the garbage collector's helpers run beside it without holding it. Elsewhere, the
 * whole process's CPU time (stricter).
 */
export function eventLoopThreadCpuMs(): number {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1000;
  }
}

export type ProbeReport = {
  /** Longest wait of a tick past its due time that the event loop's own work caused (ms). */
  held: number;
  /** Longest wait past due on the wall clock, whatever caused it (other processes too) (ms). */
  late: number;
  /** Highest resident memory of the whole process (all threads) seen, above where it started (MB). */
  peakRssGrowthMb: number;
  ticks: number;
};

/**
 * Runs `work` while a probe ticks every `intervalMs`. A tick's wait past due counts as held only
 * up to the CPU the event loop's thread used meanwhile: on a machine shared with other processes a
 * late tick may be the operating system running someone else.
 */
export async function probeDuring<T>(
  work: () => Promise<T>,
  intervalMs = 100,
): Promise<{ value: T; report: ProbeReport }> {
  const startRss = process.memoryUsage.rss();
  let peakRss = startRss;
  let lastWall = performance.now();
  let lastCpu = eventLoopThreadCpuMs();
  let held = 0;
  let late = 0;
  let ticks = 0;
  const tick = () => {
    const now = performance.now();
    const cpu = eventLoopThreadCpuMs();
    const wait = Math.max(0, now - lastWall - intervalMs);
    late = Math.max(late, wait);
    held = Math.max(held, Math.min(wait, cpu - lastCpu));
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
    lastWall = now;
    lastCpu = cpu;
    ticks += 1;
  };
  const timer = setInterval(tick, intervalMs);
  try {
    const value = await work();
    // A block at the very end shows only when the probe next runs.
    await new Promise((resolve) => setTimeout(resolve, intervalMs + 10));
    return { value, report: { held, late, peakRssGrowthMb: (peakRss - startRss) / 1024 / 1024, ticks } };
  } finally {
    clearInterval(timer);
  }
}
