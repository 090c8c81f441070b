import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SECRET_FILE_NAME, ensureAuthSecret } from "./auth-secret";

describe("ensureAuthSecret", () => {
  it("generates a strong secret once, stores it readable only by the owner, and reuses it", () => {
    const directory = mkdtempSync(path.join(tmpdir(), "uade-secret-"));
    const first = ensureAuthSecret(undefined, directory);
    expect(first.length).toBeGreaterThanOrEqual(32);
    const file = path.join(directory, SECRET_FILE_NAME);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, "utf8").trim()).toBe(first);
    expect(ensureAuthSecret(undefined, directory)).toBe(first);
  });

  it("prefers a configured secret and writes nothing", () => {
    const directory = mkdtempSync(path.join(tmpdir(), "uade-secret-"));
    expect(ensureAuthSecret("c".repeat(40), directory)).toBe("c".repeat(40));
    expect(() => statSync(path.join(directory, SECRET_FILE_NAME))).toThrow();
  });
});
