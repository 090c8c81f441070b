// Resident memory of a process and its descendants, from /proc (Linux). Returns null elsewhere.
import { existsSync, readFileSync, readdirSync } from "node:fs";

function childPids(pid: number): number[] {
  const taskDirectory = `/proc/${pid}/task`;
  if (!existsSync(taskDirectory)) return [];
  const children: number[] = [];
  for (const task of readdirSync(taskDirectory)) {
    try {
      const text = readFileSync(`${taskDirectory}/${task}/children`, "utf8").trim();
      if (text) children.push(...text.split(/\s+/).map(Number));
    } catch {
      // the task ended meanwhile
    }
  }
  return children;
}

function rssKiB(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match?.[1] ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** `pid` and its descendants, to a bounded depth. */
function processTree(pid: number): number[] {
  const all: number[] = [];
  let level = [pid];
  for (let depth = 0; depth < 5 && level.length > 0; depth += 1) {
    all.push(...level);
    level = level.flatMap(childPids);
  }
  return all;
}

/** RSS in MiB of `pid` plus its descendants, or null if /proc is unavailable. */
export function processTreeRssMiB(pid: number): number | null {
  if (!existsSync(`/proc/${pid}/status`)) return null;
  return processTree(pid).reduce((total, current) => total + rssKiB(current), 0) / 1024;
}

/** Samples the RSS every `intervalMs` until stopped; reports the first and the highest sample. */
export function sampleRss(
  pid: number,
  intervalMs = 10,
): { stop: () => { beforeMiB: number | null; peakMiB: number | null } } {
  const before = processTreeRssMiB(pid);
  let peak = before;
  const timer = setInterval(() => {
    const value = processTreeRssMiB(pid);
    if (value !== null && (peak === null || value > peak)) peak = value;
  }, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      const last = processTreeRssMiB(pid);
      if (last !== null && (peak === null || last > peak)) peak = last;
      return { beforeMiB: before, peakMiB: peak };
    },
  };
}

/** CPU time (user + system) of a process and its descendants in milliseconds; null without /proc. */
export function cpuTimeMs(pid: number): number | null {
  if (!existsSync(`/proc/${pid}/stat`)) return null;
  return processTree(pid).reduce((total, current) => total + (processCpuTimeMs(current) ?? 0), 0);
}

function processCpuTimeMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // After the command name: state is field 3, utime 14 and stime 15 (1-based in proc(5)).
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks * 10 : null;
  } catch {
    return null;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until a server has finished the work a previous load left behind (requests still
 * streaming when the load generator stopped): idle = under 20 ms of CPU in 250 ms. At most 20 s.
 */
export async function waitForIdle(pid: number): Promise<void> {
  let previous = cpuTimeMs(pid);
  if (previous === null) return;
  for (let attempt = 0; attempt < 80; attempt += 1) {
    await sleep(250);
    const current = cpuTimeMs(pid);
    if (current === null) return;
    if (current - previous < 20) return;
    previous = current;
  }
}
