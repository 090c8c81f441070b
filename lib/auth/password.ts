import { hash, verify } from "@node-rs/argon2";
import { randomBytes } from "node:crypto";
export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordSchema } from "./password-policy";

// OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane): strong, yet ~50 ms on a small server.
const ARGON2ID = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

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
