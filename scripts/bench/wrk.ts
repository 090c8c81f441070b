// Load with wrk (C, multi-threaded) when it is installed: at thousands of requests per second a
// JavaScript load generator would need a core of its own, and on 2 cores it would measure itself.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { LoadResult } from "./load";

const run = promisify(execFile);
const WRK = ["/usr/bin/wrk", "/usr/local/bin/wrk"].find((candidate) => existsSync(candidate));

export const isWrkInstalled = () => WRK !== undefined;

// Counts answers by class in every thread and prints the totals (wrk itself only counts "not 2xx/3xx").
const STATUS_SCRIPT = `
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) ok = 0; fivexx = 0; other = 0 end
function response(status, headers, body)
  if status == 200 or status == 304 then ok = ok + 1 elseif status >= 500 then fivexx = fivexx + 1 else other = other + 1 end
end
function done(summary, latency, requests)
  local o, f, x = 0, 0, 0
  for _, t in ipairs(threads) do o = o + t:get("ok"); f = f + t:get("fivexx"); x = x + t:get("other") end
  io.write(string.format("UADE_STATUS %d %d %d\\n", o, f, x))
end
`;
let scriptPath: string | undefined;

function toMs(value: string): number {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(value.trim());
  if (!match) return Number.NaN;
  const number = Number(match[1]);
  return match[2] === "us"
    ? number / 1000
    : match[2] === "ms"
      ? number
      : match[2] === "s"
        ? number * 1000
        : number * 60_000;
}

/** One wrk run; with `countStatuses`, 5xx answers are counted separately (a Lua hook, a little slower). */
export async function measureWithWrk(
  url: string,
  connections: number,
  durationSeconds: number,
  { countStatuses = false } = {},
): Promise<LoadResult & { fivexx: number }> {
  if (!WRK) throw new Error("wrk is not installed");
  const args = ["-t", "2", "-c", String(connections), "-d", `${durationSeconds}s`, "--latency", "--timeout", "30s"];
  if (countStatuses) {
    if (!scriptPath) {
      scriptPath = path.join(mkdtempSync(path.join(tmpdir(), "uade-wrk-")), "status.lua");
      writeFileSync(scriptPath, STATUS_SCRIPT);
    }
    args.push("-s", scriptPath);
  }
  const { stdout } = await run(WRK, [...args, url], { maxBuffer: 1024 * 1024 });
  const percentile = (label: string) => toMs(new RegExp(`^\\s+${label}%\\s+(\\S+)`, "m").exec(stdout)?.[1] ?? "");
  const completed = Number(/(\d+) requests in/.exec(stdout)?.[1] ?? 0);
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(stdout)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(stdout);
  const status = /UADE_STATUS (\d+) (\d+) (\d+)/.exec(stdout);
  return {
    requestsPerSecond: Number(/Requests\/sec:\s+([\d.]+)/.exec(stdout)?.[1] ?? 0),
    p50Ms: percentile("50"),
    p99Ms: percentile("99"),
    completed,
    non2xx,
    errors: socket ? Number(socket[1]) + Number(socket[2]) + Number(socket[3]) : 0,
    timeouts: socket ? Number(socket[4]) : 0,
    statusCodes: status ? { "200/304": Number(status[1]), "5xx": Number(status[2]), other: Number(status[3]) } : {},
    fivexx: status ? Number(status[2]) : 0,
  };
}
