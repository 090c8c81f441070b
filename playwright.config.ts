import { defineConfig, devices } from "@playwright/test";
import { E2E_BASE_URL, E2E_DATABASE_URL, E2E_PORT, E2E_SMTP_PORT } from "./tests/e2e/support/e2e-env";

// End-to-end tests run against the production build (`npm run build`, then `npm start`'s own
// path: migrate, seed, serve) on a throwaway SQLite database, in Debian's Chromium.
export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  timeout: 30_000,
  use: {
    baseURL: E2E_BASE_URL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: "node scripts/e2e-server.mjs",
    url: `${E2E_BASE_URL}/`,
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      DATABASE_URL: E2E_DATABASE_URL,
      PORT: String(E2E_PORT),
      NEXTAUTH_URL: E2E_BASE_URL,
      NEXTAUTH_SECRET: "e2e-only-secret-that-is-long-enough-0123456789",
      // Captures reach only the tests' own loopback server (tests/e2e/evidence-capture.spec.ts).
      CAPTURE_ALLOW_PRIVATE_ADDRESSES: "true",
      EVIDENCE_CHECK_HOST_DELAY_SECONDS: "0",
      // Mail goes to the SMTP server tests/e2e/notifications.spec.ts starts (refused, and retried, while it is not running).
      SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
      MAIL_FROM: "Uade e2e <uade@example.org>",
      NOTIFY_POLL_SECONDS: "1",
      WEBHOOK_TIMEOUT_SECONDS: "2",
    },
  },
});
