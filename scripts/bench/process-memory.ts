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

/** RSS in MiB of `pid` plus its descendants (bounded depth), or null if /proc is unavailable. */
export function processTreeRssMiB(pid: number): number | null {
  if (!existsSync(`/proc/${pid}/status`)) return null;
  let total = 0;
  let level = [pid];
  for (let depth = 0; depth < 5 && level.length > 0; depth += 1) {
    const next: number[] = [];
    for (const current of level) {
      total += rssKiB(current);
      next.push(...childPids(current));
    }
    level = next;
  }
  return total / 1024;
}

/** Samples the RSS every `intervalMs` until stopped; reports the first and the highest sample. */
export function sampleRss(pid: number, intervalMs = 10): { stop: () => { beforeMiB: number | null; peakMiB: number | null } } {
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
