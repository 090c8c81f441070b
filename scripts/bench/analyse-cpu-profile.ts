// Profiling aid: summarises a V8 .cpuprofile (e.g. from `next start` run with
// NODE_OPTIONS=--cpu-prof) by self time per package/area and per function.
// Usage: npx tsx scripts/bench/analyse-cpu-profile.ts <file.cpuprofile> [top=25]
import { readFileSync } from "node:fs";
import { fixed, table } from "./format";

type CallFrame = { functionName: string; url: string; lineNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; hitCount?: number };
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

function area(url: string, functionName: string): string {
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  const packageMatch = /node_modules\/((?:@[^/]+\/)?[^/]+)(?:\/dist\/(compiled\/[^/]+|server\/[^/]+|[^/]+))?/.exec(url);
  if (packageMatch) return packageMatch[2] ? `${packageMatch[1]}/${packageMatch[2]}` : (packageMatch[1] ?? url);
  if (url.includes("/.next/server/chunks/")) return ".next/server/chunks (app + bundled deps)";
  if (url.startsWith("node:")) return url;
  return url.replace(/^file:\/\//, "").replace(process.cwd(), ".");
}

const file = process.argv[2];
if (!file) throw new Error("usage: analyse-cpu-profile.ts <file.cpuprofile> [top]");
const top = Number(process.argv[3] ?? 25);
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const selfTime = new Map<number, number>();
profile.samples.forEach((id, index) => selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
const total = [...selfTime.values()].reduce((sum, value) => sum + value, 0);

const byArea = new Map<string, number>();
const byFunction = new Map<string, number>();
for (const [id, time] of selfTime) {
  const frame = byId.get(id)?.callFrame;
  if (!frame) continue;
  const areaName = area(frame.url, frame.functionName);
  byArea.set(areaName, (byArea.get(areaName) ?? 0) + time);
  const name = `${frame.functionName || "(anonymous)"} ${areaName}:${frame.lineNumber + 1}`;
  byFunction.set(name, (byFunction.get(name) ?? 0) + time);
}
const rows = (map: Map<string, number>) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, time]) => [name.slice(0, 110), fixed(time / 1000), `${fixed((100 * time) / total, 1)} %`]);
console.log(`total sampled: ${fixed(total / 1000)} ms\n`);
console.log(table(["area", "self ms", "share"], rows(byArea)).join("\n"));
console.log("");
console.log(table(["function", "self ms", "share"], rows(byFunction)).join("\n"));
