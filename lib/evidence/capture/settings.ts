import path from "node:path";
import { parseEnv, type Env } from "@/lib/env";
import { databaseDirectory, resolveDatabaseUrl } from "@/lib/db/database-url";
import type { SafeFetchOptions } from "@/lib/safe-fetch";

export type CaptureSettings = {
  directory: string;
  fetch: SafeFetchOptions;
  checkIntervalMs: number;
  hostDelayMs: number;
  goneAfterChecks: number;
};

/** The capture directory: CAPTURE_DIR, else `captures` beside a file database, else ./data/captures. */
export function captureDirectory(env: Env): string {
  if (env.CAPTURE_DIR) return path.resolve(env.CAPTURE_DIR);
  const databaseDir = databaseDirectory(resolveDatabaseUrl(env.DATABASE_URL));
  return path.join(databaseDir ?? path.resolve("data"), "captures");
}

/** Capture and watch limits from the environment (README, "Evidence captures"). */
export function captureSettings(env: Env = parseEnv()): CaptureSettings {
  return {
    directory: captureDirectory(env),
    fetch: {
      loopbackOnly: env.CAPTURE_ALLOW_PRIVATE_ADDRESSES,
      maxBytes: env.CAPTURE_MAX_BYTES,
      timeoutMs: env.CAPTURE_TIMEOUT_SECONDS * 1000,
      maxRedirects: env.CAPTURE_MAX_REDIRECTS,
    },
    checkIntervalMs: env.EVIDENCE_CHECK_INTERVAL_HOURS * 3_600_000,
    hostDelayMs: env.EVIDENCE_CHECK_HOST_DELAY_SECONDS * 1000,
    goneAfterChecks: env.EVIDENCE_GONE_AFTER_CHECKS,
  };
}
