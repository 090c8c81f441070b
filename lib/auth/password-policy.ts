import { z } from "zod";
import { COMMON_PASSWORDS } from "./common-passwords";

// The password rules, apart from hashing so that browser forms can check them too.

export const PASSWORD_MIN_LENGTH = 10;
/** Long passphrases are welcome; argon2 hashes the whole string, nothing is truncated. */
export const PASSWORD_MAX_LENGTH = 256;

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`)
  .refine((password) => !COMMON_PASSWORDS.has(password.toLowerCase()), "This password is too common; choose another.");
