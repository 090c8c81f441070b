import { z } from "zod";
import { COMMON_PASSWORDS } from "./common-passwords";
import { message } from "@/lib/forms/messages";

// The password rules, apart from hashing so that browser forms can check them too.

export const PASSWORD_MIN_LENGTH = 10;
/** Long passphrases are welcome; argon2 hashes the whole string, nothing is truncated. */
export const PASSWORD_MAX_LENGTH = 256;

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, message("tooShort", { min: PASSWORD_MIN_LENGTH }))
  .max(PASSWORD_MAX_LENGTH, message("tooLong", { max: PASSWORD_MAX_LENGTH }))
  .refine((password) => !COMMON_PASSWORDS.has(password.toLowerCase()), message("passwordTooCommon"));
