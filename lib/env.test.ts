import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("gives a newcomer working defaults with no configuration", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ DATABASE_URL: "file:./data/uade.db", PORT: 3000, TRUST_PROXY: false });
    expect(env.NEXTAUTH_SECRET).toBeUndefined();
    expect(env).toMatchObject({
      CAPTURE_MAX_BYTES: 25 * 1024 * 1024,
      CAPTURE_ALLOW_PRIVATE_ADDRESSES: false,
      EVIDENCE_CHECK_INTERVAL_HOURS: 24,
      EVIDENCE_GONE_AFTER_CHECKS: 3,
    });
  });

  it("treats empty values as unset", () => {
    expect(parseEnv({ PORT: "", DATABASE_URL: "" })).toMatchObject({ PORT: 3000, DATABASE_URL: "file:./data/uade.db" });
  });

  it("accepts a remote libSQL/Turso database with a token", () => {
    const env = parseEnv({ DATABASE_URL: "libsql://uade-ngo.turso.io", DATABASE_AUTH_TOKEN: "token" });
    expect(env).toMatchObject({ DATABASE_URL: "libsql://uade-ngo.turso.io", DATABASE_AUTH_TOKEN: "token" });
  });

  it("accepts a PostgreSQL database", () => {
    expect(parseEnv({ DATABASE_URL: "postgresql://uade:secret@db.example.org:5432/uade" })).toMatchObject({
      DATABASE_URL: "postgresql://uade:secret@db.example.org:5432/uade",
    });
  });

  it.each([
    ["PORT", { PORT: "eighty" }],
    ["PORT", { PORT: "70000" }],
    ["DATABASE_URL", { DATABASE_URL: "mysql://localhost/uade" }],
    ["NEXTAUTH_URL", { NEXTAUTH_URL: "not a url" }],
    ["NEXTAUTH_URL", { NEXTAUTH_URL: "javascript:alert(1)" }],
    ["NEXTAUTH_SECRET", { NEXTAUTH_SECRET: "short" }],
    ["TRUST_PROXY", { TRUST_PROXY: "maybe" }],
    ["CAPTURE_MAX_BYTES", { CAPTURE_MAX_BYTES: "lots" }],
    ["CAPTURE_TIMEOUT_SECONDS", { CAPTURE_TIMEOUT_SECONDS: "0" }],
    ["CAPTURE_ALLOW_PRIVATE_ADDRESSES", { CAPTURE_ALLOW_PRIVATE_ADDRESSES: "maybe" }],
    ["EVIDENCE_CHECK_INTERVAL_HOURS", { EVIDENCE_CHECK_INTERVAL_HOURS: "-1" }],
  ])("stops with a message naming %s when it is invalid", (variable, source) => {
    expect(() => parseEnv(source)).toThrow(EnvError);
    expect(() => parseEnv(source)).toThrow(new RegExp(`${variable}:`));
  });
});
