import { z } from "zod";
import { passwordSchema } from "@/lib/auth/password-policy";

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

const userIdField = z.string({ message: "Missing user id." }).trim().min(1, "Missing user id.").max(64, "Invalid user id.");

/** Admin: create an account; a one-time password is generated and shown once. */
export const inviteUserSchema = newUserSchema.omit({ password: true });
export const changeRoleSchema = z.object({ userId: userIdField, role: z.enum(ROLES, { message: "Role must be admin or editor." }) });
export const userIdSchema = z.object({ userId: userIdField });
export const setActiveSchema = z.object({ userId: userIdField, isActive: z.enum(["true", "false"], { message: "Choose active or deactivated." }).transform((v) => v === "true") });

export type InviteUserInput = z.output<typeof inviteUserSchema>;
export type ChangeRoleInput = z.output<typeof changeRoleSchema>;
export type SetActiveInput = z.output<typeof setActiveSchema>;

/** The signed-in person changes their own password (which signs them out everywhere). */
export const changeOwnPasswordSchema = z
  .object({
    currentPassword: z.string({ message: "Enter your current password." }).min(1, "Enter your current password.").max(1024, "Enter your current password."),
    newPassword: passwordSchema,
    confirmPassword: z.string({ message: "Repeat the new password." }).max(1024, "The two new passwords differ."),
  })
  .refine((input) => input.newPassword === input.confirmPassword, { path: ["confirmPassword"], message: "The two new passwords differ." });

export type ChangeOwnPasswordInput = z.output<typeof changeOwnPasswordSchema>;
