import { z } from "zod";
import { passwordSchema } from "@/lib/auth/password";

export const ROLES = ["ADMIN", "EDITOR"] as const;
export type RoleKey = (typeof ROLES)[number];

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "Email is too long.")
  .pipe(z.email("Enter a valid email address."));

export const newUserSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1, "Enter a name.").max(120, "Use at most 120 characters."),
  role: z.enum(ROLES, { message: "Role must be admin or editor." }),
  password: passwordSchema,
});

export type NewUserInput = z.input<typeof newUserSchema>;
