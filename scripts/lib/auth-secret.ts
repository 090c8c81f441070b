import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const SECRET_FILE_NAME = "nextauth-secret";

/**
 * Returns NEXTAUTH_SECRET: the configured one, else one generated on first start and kept in the
 * data directory (mode 0600), so a newcomer needs no configuration and sessions survive restarts.
 */
export function ensureAuthSecret(configured: string | undefined, dataDirectory: string): string {
  if (configured) return configured;
  const file = path.join(dataDirectory, SECRET_FILE_NAME);
  if (existsSync(file)) {
    chmodSync(file, 0o600);
    const stored = readFileSync(file, "utf8").trim();
    if (stored.length >= 32) return stored;
  }
  const secret = randomBytes(48).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
