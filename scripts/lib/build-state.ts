import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

// Everything that changes the production build. A build made from other sources is stale.
const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "i18n",
  "messages",
  "public",
  "next.config.js",
  "postcss.config.mjs",
  "package-lock.json",
  "prisma/schema.prisma",
  "instrumentation.ts",
  "proxy.ts",
];
// lib/public-cache runs in scripts/server.ts, in front of Next; no route imports it, so it is not part of the build.
const IGNORED = new Set(["generated", "node_modules", "public-cache"]);
const STAMP_FILE = path.join(".next", "uade-source-hash");

function collectFiles(entry: string, files: string[]): void {
  if (!existsSync(entry)) return;
  if (statSync(entry).isDirectory()) {
    for (const name of readdirSync(entry).sort()) {
      if (IGNORED.has(name) || name.endsWith(".test.ts")) continue;
      collectFiles(path.join(entry, name), files);
    }
  } else {
    files.push(entry);
  }
}

/** A hash of every build input's path and contents. */
export function hashBuildInputs(root: string = process.cwd()): string {
  const files: string[] = [];
  for (const input of BUILD_INPUTS) collectFiles(path.join(root, input), files);
  const hash = createHash("sha256");
  for (const file of files) {
    hash.update(path.relative(root, file));
    hash.update(readFileSync(file));
  }
  return hash.digest("hex");
}

/** True when a production build exists and was made from the current sources. */
export function isBuildCurrent(root: string = process.cwd()): boolean {
  const stamp = path.join(root, STAMP_FILE);
  if (!existsSync(path.join(root, ".next", "BUILD_ID")) || !existsSync(stamp)) return false;
  return readFileSync(stamp, "utf8").trim() === hashBuildInputs(root);
}

/** Records that the build in .next was made from the current sources. */
export function stampBuild(root: string = process.cwd()): void {
  writeFileSync(path.join(root, STAMP_FILE), `${hashBuildInputs(root)}\n`);
}
