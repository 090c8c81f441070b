import { describe, expect, it } from "vitest";
import { PASSWORD_MAX_LENGTH, generatePassword, hashPassword, passwordSchema, verifyPassword } from "./password";
import { inEnglish } from "@/lib/forms/english-messages";

describe("passwords", () => {
  it("hashes with argon2id and verifies only the right password", async () => {
    const hash = await hashPassword("correct horse battery staple");
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash, "correct horse battery staple")).toBe(true);
    expect(await verifyPassword(hash, "correct horse battery stapler")).toBe(false);
    expect(await verifyPassword("not-a-hash", "anything")).toBe(false);
  });

  it("does not truncate long passphrases", async () => {
    const long = "x".repeat(200);
    const hash = await hashPassword(long);
    expect(await verifyPassword(hash, `${long.slice(0, 199)}y`)).toBe(false);
    expect(passwordSchema.safeParse("x".repeat(PASSWORD_MAX_LENGTH)).success).toBe(true);
  });

  it("refuses short and common passwords with a plain message", () => {
    expect(inEnglish(passwordSchema.safeParse("short").error?.issues[0]?.message ?? "")).toBe(
      "Use at least 10 characters.",
    );
    expect(inEnglish(passwordSchema.safeParse("Password123").error?.issues[0]?.message ?? "")).toMatch(/too common/);
  });

  it("generates strong passwords that pass the policy", () => {
    const password = generatePassword();
    expect(passwordSchema.safeParse(password).success).toBe(true);
    expect(password.replace(/-/g, "")).toHaveLength(24);
    expect(generatePassword()).not.toBe(password);
  });
});
