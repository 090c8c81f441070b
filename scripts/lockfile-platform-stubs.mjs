// Adds lockfile entries for optional platform binaries that this machine's npm registry mirror
// does not carry (e.g. @next/swc-darwin-arm64). `npm install` leaves them out when it cannot read
// their manifests, and `npm ci` then refuses the lockfile as out of sync. Each added entry says
// which os/cpu it is for, so npm skips it on every other platform, as a lockfile written with full
// registry access would. Run after `npm install` changes the lockfile: node scripts/lockfile-platform-stubs.mjs
import { readFileSync, writeFileSync } from "node:fs";

const OSES = ["darwin", "linux", "win32", "android", "freebsd", "openbsd", "netbsd", "sunos", "aix", "openharmony"];
const CPUS = ["arm64", "x64", "ia32", "arm", "loong64", "ppc64", "riscv64", "s390x", "wasm32", "mips64el"];

function platformOf(name) {
  const tokens = name.split("/").pop().split("-");
  const os = tokens.find((token) => OSES.includes(token));
  const cpu = tokens.find((token) => CPUS.includes(token));
  if (!cpu) return null;
  const libc =
    tokens.includes("musl") || tokens.some((t) => t.startsWith("musl"))
      ? "musl"
      : tokens.includes("gnu") || tokens.some((t) => t.startsWith("gnu"))
        ? "glibc"
        : null;
  return { os, cpu, libc };
}

const lockPath = "package-lock.json";
const lock = JSON.parse(readFileSync(lockPath, "utf8"));
const added = [];
for (const [location, entry] of Object.entries(lock.packages)) {
  for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    const nestedKey = location ? `${location}/node_modules/${name}` : key;
    if (lock.packages[key] || lock.packages[nestedKey]) continue;
    const platform = platformOf(name);
    if (!platform) {
      console.warn(`skipped ${name}: cannot tell its platform from its name`);
      continue;
    }
    lock.packages[key] = {
      version: spec.replace(/^[\^~=]/, ""),
      ...(platform.cpu ? { cpu: [platform.cpu] } : {}),
      ...(platform.libc ? { libc: [platform.libc] } : {}),
      optional: true,
      ...(platform.os ? { os: [platform.os] } : {}),
    };
    added.push(name);
  }
}
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))),
);
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length ? `added ${added.length} platform entries: ${added.join(", ")}` : "lockfile already complete");
