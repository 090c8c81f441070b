// `npm test`: format check, lint, typecheck, unit/integration tests (Vitest, on SQLite then on
// PostgreSQL) and the end-to-end suite (Playwright against a production build in Chromium, on
// SQLite, then the public pages, writes and two instances on PostgreSQL). Stops at the first failing step and ends
// with one summary line: "tests: N passed, N failed".
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { ensurePostgres, startCluster, stopCluster } from "./pg-cluster.mjs";

const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(
  Boolean,
);
const REPORT_DIRECTORY = path.resolve(".tmp", "reports");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

function run(title, command, args, extraEnv = {}) {
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...env, ...extraEnv } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`✖ ${title} failed after ${seconds}s`);
    return false;
  }
  console.log(`✓ ${title} (${seconds}s)`);
  return true;
}

/** Finds Chromium; on Debian/Ubuntu as root installs Debian's package; otherwise says what to run. */
function ensureChromium() {
  const found = CHROMIUM_CANDIDATES.find((candidate) => existsSync(candidate));
  if (found) return found;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (process.platform === "linux" && isRoot && existsSync("/usr/bin/apt-get")) {
    console.log("Chromium is missing; installing Debian's chromium package with apt-get…");
    const aptEnv = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    const update = spawnSync("apt-get", ["update", "-q"], { stdio: "inherit", env: aptEnv });
    const install =
      update.status === 0 &&
      spawnSync("apt-get", ["install", "-y", "-q", "chromium"], { stdio: "inherit", env: aptEnv });
    if (install && install.status === 0 && existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  }
  console.error(`
The end-to-end tests need Chromium, and none was found (looked for ${CHROMIUM_CANDIDATES.join(", ")}).
Install it, then run npm test again:
  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium
  elsewhere:      install Chromium or Chrome and set CHROMIUM_PATH=/path/to/the/browser`);
  return null;
}

const LIBREOFFICE_CANDIDATES = [process.env.LIBREOFFICE_PATH, "/usr/bin/soffice", "/usr/bin/libreoffice"].filter(
  Boolean,
);
const LIBREOFFICE_PACKAGES = ["libreoffice-writer-nogui", "libreoffice-calc-nogui", "poppler-utils"];

/**
 * The shadow-report test opens the XLSX and DOCX exports in LibreOffice and reads the PDF with
 * pdftotext: finds both; on Debian/Ubuntu as root installs them; otherwise says what to run and
 * fails (the test never skips).
 */
function ensureLibreOffice() {
  const hasPdfToText = () => existsSync("/usr/bin/pdftotext");
  let found = LIBREOFFICE_CANDIDATES.find((candidate) => existsSync(candidate));
  if (found && hasPdfToText()) return found;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (process.platform === "linux" && isRoot && existsSync("/usr/bin/apt-get")) {
    console.log(`LibreOffice or pdftotext is missing; installing ${LIBREOFFICE_PACKAGES.join(", ")} with apt-get…`);
    const aptEnv = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    const update = spawnSync("apt-get", ["update", "-q"], { stdio: "inherit", env: aptEnv });
    if (update.status === 0)
      spawnSync("apt-get", ["install", "-y", "-q", "--no-install-recommends", ...LIBREOFFICE_PACKAGES], {
        stdio: "inherit",
        env: aptEnv,
      });
    found = LIBREOFFICE_CANDIDATES.find((candidate) => existsSync(candidate));
    if (found && hasPdfToText()) return found;
  }
  console.error(`
The end-to-end tests need LibreOffice and pdftotext to check the shadow-report XLSX and DOCX, and
they were not found (looked for ${LIBREOFFICE_CANDIDATES.join(", ")} and /usr/bin/pdftotext).
Install them, then run npm test again:
  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${LIBREOFFICE_PACKAGES.join(" ")}
  elsewhere:      install LibreOffice and poppler, and set LIBREOFFICE_PATH=/path/to/soffice`);
  return null;
}

function countVitest(file) {
  if (!existsSync(file)) return { passed: 0, failed: 0 };
  const report = JSON.parse(readFileSync(file, "utf8"));
  return { passed: report.numPassedTests ?? 0, failed: (report.numFailedTests ?? 0) + (report.numPendingTests ?? 0) };
}

function countPlaywright(file) {
  if (!existsSync(file)) return { passed: 0, failed: 0 };
  const stats = JSON.parse(readFileSync(file, "utf8")).stats ?? {};
  return { passed: stats.expected ?? 0, failed: (stats.unexpected ?? 0) + (stats.flaky ?? 0) + (stats.skipped ?? 0) };
}

rmSync(REPORT_DIRECTORY, { recursive: true, force: true });
mkdirSync(REPORT_DIRECTORY, { recursive: true });
const vitestReport = path.join(REPORT_DIRECTORY, "vitest.json");
const vitestPostgresReport = path.join(REPORT_DIRECTORY, "vitest-postgres.json");
const playwrightReport = path.join(REPORT_DIRECTORY, "playwright.json");
const playwrightPostgresReport = path.join(REPORT_DIRECTORY, "playwright-postgres.json");

/** The specs that run a second time on PostgreSQL: the public pages, writes, two instances on one database, linking. */
const POSTGRES_SPECS = [
  "tests/e2e/public.spec.ts",
  "tests/e2e/manage-status.spec.ts",
  "tests/e2e/cache-freshness.spec.ts",
  "tests/e2e/linking.spec.ts",
];

/** Playwright on a PostgreSQL database (TEST_POSTGRES_URL's server, or a throwaway cluster), beside the SQLite run's port. */
function runPostgresEndToEnd() {
  const cluster = process.env.TEST_POSTGRES_URL ? null : startCluster(Number(process.env.TEST_POSTGRES_PORT ?? 54328));
  const serverUrl = process.env.TEST_POSTGRES_URL ?? cluster?.url;
  if (!serverUrl) return false;
  const databaseUrl = new URL(serverUrl);
  databaseUrl.pathname = "/uade_e2e";
  try {
    return run(
      "End-to-end tests on PostgreSQL (Playwright: public pages, writes, two instances)",
      bin("playwright"),
      ["test", ...POSTGRES_SPECS],
      {
        CHROMIUM_PATH: chromium,
        LIBREOFFICE_PATH: libreOffice,
        PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightPostgresReport,
        E2E_DATABASE_URL: databaseUrl.toString(),
        E2E_PORT: String(Number(process.env.E2E_PORT ?? 3100) + 50),
      },
    );
  } finally {
    if (cluster) stopCluster(cluster.directory);
  }
}
const bin = (name) => path.join("node_modules", ".bin", name);

const chromium = ensureChromium();
const libreOffice = chromium === null ? null : ensureLibreOffice();
// The Vitest suite runs a second time on PostgreSQL: a throwaway cluster from Debian's package
// (scripts/pg-cluster.mjs, started by tests/support/global-setup.ts), or TEST_POSTGRES_URL's server.
const postgres = libreOffice === null ? null : process.env.TEST_POSTGRES_URL || ensurePostgres();
const isGreen =
  chromium !== null &&
  libreOffice !== null &&
  postgres !== null &&
  run("Format (Prettier)", bin("prettier"), ["--check", ".", "--log-level", "warn"]) &&
  run("Lint (ESLint)", bin("eslint"), [".", "--max-warnings", "0"]) &&
  run("Typecheck (tsc --noEmit)", bin("tsc"), ["--noEmit", "-p", "."]) &&
  run("Unit and integration tests (Vitest)", bin("vitest"), [
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${vitestReport}`,
  ]) &&
  run(
    "Unit and integration tests on PostgreSQL (Vitest, TEST_DATABASE=postgres)",
    bin("vitest"),
    ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestPostgresReport}`],
    { TEST_DATABASE: "postgres" },
  ) &&
  run("Production build (next build)", process.execPath, ["--import", "tsx", "scripts/build.ts"]) &&
  run("End-to-end tests (Playwright, Chromium)", bin("playwright"), ["test"], {
    CHROMIUM_PATH: chromium,
    LIBREOFFICE_PATH: libreOffice,
    PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport,
  }) &&
  runPostgresEndToEnd();

const sqliteUnit = countVitest(vitestReport);
const postgresUnit = countVitest(vitestPostgresReport);
const unit = { passed: sqliteUnit.passed + postgresUnit.passed, failed: sqliteUnit.failed + postgresUnit.failed };
const sqliteE2e = countPlaywright(playwrightReport);
const postgresE2e = countPlaywright(playwrightPostgresReport);
const e2e = { passed: sqliteE2e.passed + postgresE2e.passed, failed: sqliteE2e.failed + postgresE2e.failed };
const passed = unit.passed + e2e.passed;
// A step that fails without failing a test (lint, typecheck, build) still counts as one failure.
const failed = Math.max(unit.failed + e2e.failed, isGreen ? 0 : 1);
console.log(
  `\nVitest: ${sqliteUnit.passed} passed, ${sqliteUnit.failed} failed (SQLite), ${postgresUnit.passed} passed, ${postgresUnit.failed} failed (PostgreSQL) · Playwright: ${sqliteE2e.passed} passed, ${sqliteE2e.failed} failed (SQLite), ${postgresE2e.passed} passed, ${postgresE2e.failed} failed (PostgreSQL)`,
);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(isGreen && failed === 0 ? 0 : 1);
