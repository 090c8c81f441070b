import { hash, verify } from "@node-rs/argon2";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { COMMON_PASSWORDS } from "./common-passwords";

export const PASSWORD_MIN_LENGTH = 10;
/** Long passphrases are welcome; argon2 hashes the whole string, nothing is truncated. */
export const PASSWORD_MAX_LENGTH = 256;

// OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane): strong, yet ~50 ms on a small server.
const ARGON2ID = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`)
  .refine((password) => !COMMON_PASSWORDS.has(password.toLowerCase()), "This password is too common; choose another.");

/** Hashes a password with argon2id (salted, encoded with its parameters). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

/** Checks a password against an argon2 hash; false for a wrong password or a malformed hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A strong random password (about 120 bits), readable and unambiguous to copy. */
export function generatePassword(): string {
  const alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  const bytes = randomBytes(24);
  let password = "";
  for (const byte of bytes) password += alphabet[byte % alphabet.length];
  return password.replace(/(.{6})(?!$)/g, "$1-");
}
