import { z } from "zod";
import { LOCALES } from "@/i18n/locales";
import { CATEGORIES } from "@/lib/vocabulary";
import { SLUG_PATTERN } from "@/lib/commitments/schema";

export const FOLLOW_SCOPES = ["ALL", "COMMITMENT", "THEME"] as const;
export const FREQUENCIES = ["IMMEDIATE", "DAILY"] as const;
export type FollowScope = (typeof FOLLOW_SCOPES)[number];
export type Frequency = (typeof FREQUENCIES)[number];

// One line, no control characters: "a@b.org\r\nBcc: …" is refused here, before any mail is written.
const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]/;

/** The public follow form (and its no-JavaScript POST). Errors are catalogue keys of `follow.errors`. */
export const followSchema = z
  .object({
    email: z
      .string()
      .max(254, { message: "email" })
      .refine((value) => !CONTROL.test(value), { message: "email" })
      .transform((value) => value.trim().toLowerCase())
      .pipe(z.email({ message: "email" })),
    locale: z.enum(LOCALES),
    scope: z.enum(FOLLOW_SCOPES),
    commitment: z.string().regex(SLUG_PATTERN).optional(),
    theme: z.enum(CATEGORIES).optional(),
    frequency: z.enum(FREQUENCIES, { message: "frequency" }),
  })
  .refine((input) => input.scope !== "COMMITMENT" || Boolean(input.commitment), {
    message: "target",
    path: ["commitment"],
  })
  .refine((input) => input.scope !== "THEME" || Boolean(input.theme), { message: "target", path: ["theme"] });

export type FollowInput = z.infer<typeof followSchema>;

export const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
