import { LOCALES } from "@/i18n/locales";
import { z } from "zod";
import { passwordSchema } from "@/lib/auth/password-policy";
import { message } from "@/lib/forms/messages";

export const ROLES = ["ADMIN", "EDITOR", "REVIEWER", "CONTRIBUTOR"] as const;
export type RoleKey = (typeof ROLES)[number];

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, message("emailTooLong"))
  .pipe(z.email(message("emailInvalid")));

export const newUserSchema = z.object({
  email: emailSchema,
  name: z
    .string()
    .trim()
    .min(1, message("enterName"))
    .max(120, message("tooLong", { max: 120 })),
  role: z.enum(ROLES, { message: message("chooseRole") }),
  password: passwordSchema,
});

export type NewUserInput = z.input<typeof newUserSchema>;

const userIdField = z
  .string({ message: message("missingUserId") })
  .trim()
  .min(1, message("missingUserId"))
  .max(64, message("invalidUserId"));

/** Admin: create an account; a one-time password is generated and shown once. */
export const inviteUserSchema = newUserSchema.omit({ password: true });
export const changeRoleSchema = z.object({
  userId: userIdField,
  role: z.enum(ROLES, { message: message("chooseRole") }),
});
export const userIdSchema = z.object({ userId: userIdField });
export const setActiveSchema = z.object({
  userId: userIdField,
  isActive: z.enum(["true", "false"], { message: message("chooseActive") }).transform((v) => v === "true"),
});

export type InviteUserInput = z.output<typeof inviteUserSchema>;
export type ChangeRoleInput = z.output<typeof changeRoleSchema>;
export type SetActiveInput = z.output<typeof setActiveSchema>;

/** The signed-in person changes their own password (which signs them out everywhere). */
export const changeOwnPasswordSchema = z
  .object({
    currentPassword: z
      .string({ message: message("enterCurrentPassword") })
      .min(1, message("enterCurrentPassword"))
      .max(1024, message("enterCurrentPassword")),
    newPassword: passwordSchema,
    confirmPassword: z.string({ message: message("repeatNewPassword") }).max(1024, message("passwordsDiffer")),
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    path: ["confirmPassword"],
    message: message("passwordsDiffer"),
  });

export type ChangeOwnPasswordInput = z.output<typeof changeOwnPasswordSchema>;

/** The language of the signed-in person's notification mail. */
export const mailLanguageSchema = z.object({ mailLocale: z.enum(LOCALES, { message: message("invalidValue") }) });
export type MailLanguageInput = z.output<typeof mailLanguageSchema>;
