// A throwaway PostgreSQL cluster for tests, from Debian's `postgresql` package: a fresh data
// directory in /tmp, trust authentication on a loopback port, run as the `postgres` user (initdb and
// pg_ctl refuse root). `npm test` starts one to run the Vitest suite a second time on PostgreSQL.
//
//   node scripts/pg-cluster.mjs start [port]   prints the URL (postgresql://postgres@127.0.0.1:port/postgres)
//   node scripts/pg-cluster.mjs stop <dir>
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

const POSTGRES_ROOT = "/usr/lib/postgresql";

/** The newest installed server's bin directory (Debian keeps it off PATH), or null. */
export function findPostgresBin() {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  if (!existsSync(POSTGRES_ROOT)) return null;
  const versions = readdirSync(POSTGRES_ROOT)
    .filter((name) => existsSync(path.join(POSTGRES_ROOT, name, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length > 0 ? path.join(POSTGRES_ROOT, versions[0], "bin") : null;
}

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

/** Finds the server; on Debian/Ubuntu as root installs the `postgresql` package; else says what to run. */
export function ensurePostgres() {
  let bin = findPostgresBin();
  if (bin) return bin;
  if (process.platform === "linux" && isRoot() && existsSync("/usr/bin/apt-get")) {
    console.log("PostgreSQL is missing; installing Debian's postgresql package with apt-get…");
    const aptEnv = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    const update = spawnSync("apt-get", ["update", "-q"], { stdio: "inherit", env: aptEnv });
    if (update.status === 0)
      spawnSync("apt-get", ["install", "-y", "-q", "--no-install-recommends", "postgresql"], {
        stdio: "inherit",
        env: aptEnv,
      });
    bin = findPostgresBin();
    if (bin) return bin;
  }
  console.error(`
The PostgreSQL tests need a PostgreSQL server (13 or newer), and none was found in ${POSTGRES_ROOT}.
Install it, then run again:
  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y postgresql
  elsewhere:      install PostgreSQL and set PG_BIN=/path/to/its/bin, or set TEST_POSTGRES_URL to a server you own`);
  return null;
}

/** Runs a server binary, as `postgres` when we are root. */
function runAsServerUser(command, args) {
  const asRoot = isRoot();
  const result = asRoot
    ? spawnSync("su", ["postgres", "-s", "/bin/sh", "-c", [command, ...args].map(shellQuote).join(" ")], {
        encoding: "utf8",
      })
    : spawnSync(command, args, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${path.basename(command)} failed: ${result.stderr || result.stdout}`);
  return result.stdout;
}

const shellQuote = (value) => `'${String(value).replace(/'/g, `'\\''`)}'`;

/** Starts a cluster on `port`; returns its directory and the URL of its `postgres` database. */
export function startCluster(port = 54329) {
  const bin = ensurePostgres();
  if (!bin) return null;
  const directory = mkdtempSync(path.join(tmpdir(), "uade-pg-"));
  chmodSync(directory, 0o777);
  const data = path.join(directory, "data");
  if (isRoot()) spawnSync("chown", ["postgres:postgres", directory]);
  runAsServerUser(path.join(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"]);
  const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${directory} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300`;
  runAsServerUser(path.join(bin, "pg_ctl"), [
    "-D",
    data,
    "-l",
    path.join(directory, "log"),
    "-o",
    options,
    "-w",
    "start",
  ]);
  return { directory, url: `postgresql://postgres@127.0.0.1:${port}/postgres` };
}

/** Stops the cluster started in `directory` and removes it. */
export function stopCluster(directory) {
  const bin = findPostgresBin();
  if (bin && existsSync(path.join(directory, "data"))) {
    try {
      runAsServerUser(path.join(bin, "pg_ctl"), ["-D", path.join(directory, "data"), "-m", "immediate", "stop"]);
    } catch (error) {
      console.warn(String(error));
    }
  }
  rmSync(directory, { recursive: true, force: true });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [command, argument] = process.argv.slice(2);
  if (command === "start") {
    const cluster = startCluster(argument ? Number(argument) : undefined);
    if (!cluster) process.exit(1);
    console.log(`${cluster.url}\n${cluster.directory}`);
  } else if (command === "stop" && argument) {
    stopCluster(argument);
  } else {
    console.error("usage: node scripts/pg-cluster.mjs start [port] | stop <directory>");
    process.exit(1);
  }
}
