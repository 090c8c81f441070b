import "server-only";
import { db } from "@/lib/db/client";
import { generatePassword, hashPassword, verifyPassword } from "@/lib/auth/password";
import { endAllSessions } from "@/lib/auth/mutations";
import { done, invalid, notFound, type MutationResult } from "@/lib/operations/result";
import {
  emailSchema,
  newUserSchema,
  type ChangeOwnPasswordInput,
  type ChangeRoleInput,
  type InviteUserInput,
  type MailLanguageInput,
  type NewUserInput,
  type SetActiveInput,
} from "./schema";
import { message } from "@/lib/forms/messages";

/** Thrown for a user-facing problem (duplicate email, unknown user); the message is plain words. */
export class UserInputError extends Error {
  override name = "UserInputError";
}

function auditData(action: string, entityId: string, actorId: string | null, before: unknown, after: unknown) {
  return {
    action,
    entityType: "User",
    entityId,
    actorId,
    before: before === null ? null : JSON.stringify(before),
    after: after === null ? null : JSON.stringify(after),
  };
}

/** Creates a user with a hashed password, and records it in the audit log. */
export async function createUser(
  input: NewUserInput,
  actorId: string | null = null,
  { mustChangePassword = false } = {},
) {
  const parsed = newUserSchema.parse(input);
  const passwordHash = await hashPassword(parsed.password);
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: parsed.email }, select: { id: true } });
    if (existing) throw new UserInputError(message("emailTaken", { email: parsed.email }));
    const user = await tx.user.create({
      data: { email: parsed.email, name: parsed.name, role: parsed.role, passwordHash, mustChangePassword },
      select: { id: true, email: true, name: true, role: true, isActive: true, mustChangePassword: true },
    });
    await tx.auditEvent.create({ data: auditData("user.create", user.id, actorId, null, user) });
    return user;
  });
}

/** Sets a new password and ends every existing session of that user; a one-time one must be replaced at first use. */
export async function setUserPassword(
  email: string,
  password: string,
  actorId: string | null = null,
  { mustChangePassword = false } = {},
) {
  const address = emailSchema.parse(email);
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email: address }, select: { id: true } });
    if (!user) throw new UserInputError(message("noUserWithEmail", { email: address }));
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, mustChangePassword, sessionVersion: { increment: 1 } },
    });
    await tx.auditEvent.create({
      data: auditData("user.set-password", user.id, actorId, null, { mustChangePassword }),
    });
  });
}

/** Deactivates a user: they can no longer sign in, and their sessions end at once. */
export async function deactivateUser(email: string, actorId: string | null = null) {
  const address = emailSchema.parse(email);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email: address }, select: { id: true, isActive: true } });
    if (!user) throw new UserInputError(message("noUserWithEmail", { email: address }));
    await tx.user.update({ where: { id: user.id }, data: { isActive: false, sessionVersion: { increment: 1 } } });
    await tx.auditEvent.create({
      data: auditData("user.deactivate", user.id, actorId, { isActive: user.isActive }, { isActive: false }),
    });
  });
}

/** Refuses changes an admin must not make to their own account from the users page. */
function refuseSelf(userId: string, actorId: string, message: string): MutationResult<never> | null {
  return userId === actorId ? invalid({ userId: message }) : null;
}

/** Admin: creates an account with a generated one-time password, returned once to show. */
export async function inviteUser(
  input: InviteUserInput,
  actorId: string,
): Promise<MutationResult<{ id: string; email: string; password: string }>> {
  const password = generatePassword();
  try {
    const user = await createUser({ ...input, password }, actorId, { mustChangePassword: true });
    return done({ id: user.id, email: user.email, password });
  } catch (error) {
    if (error instanceof UserInputError) return invalid({ email: error.message });
    throw error;
  }
}

/** Admin: changes a user's role; their sessions end so the new role applies at once. */
export async function changeUserRole(input: ChangeRoleInput, actorId: string): Promise<MutationResult<{ id: string }>> {
  const refused = refuseSelf(input.userId, actorId, message("ownRole"));
  if (refused) return refused;
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, role: true } });
    if (!before) return notFound();
    if (before.role === input.role) return done({ id: before.id });
    await tx.user.update({ where: { id: input.userId }, data: { role: input.role, sessionVersion: { increment: 1 } } });
    await tx.auditEvent.create({
      data: auditData("user.change-role", input.userId, actorId, { role: before.role }, { role: input.role }),
    });
    return done({ id: before.id });
  });
}

/** Admin: deactivates (ending every session) or reactivates an account. */
export async function setUserActive(input: SetActiveInput, actorId: string): Promise<MutationResult<{ id: string }>> {
  const refused = refuseSelf(input.userId, actorId, message("ownDeactivate"));
  if (refused) return refused;
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, isActive: true } });
    if (!before) return notFound();
    if (before.isActive === input.isActive) return done({ id: before.id });
    await tx.user.update({
      where: { id: input.userId },
      data: { isActive: input.isActive, sessionVersion: { increment: 1 } },
    });
    await tx.auditEvent.create({
      data: auditData(
        input.isActive ? "user.reactivate" : "user.deactivate",
        input.userId,
        actorId,
        { isActive: before.isActive },
        { isActive: input.isActive },
      ),
    });
    return done({ id: before.id });
  });
}

/** Admin: sets a generated one-time password (ending the user's sessions) and returns it once. */
export async function resetUserPassword(
  userId: string,
  actorId: string,
): Promise<MutationResult<{ id: string; email: string; password: string }>> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true } });
  if (!user) return notFound();
  const password = generatePassword();
  await setUserPassword(user.email, password, actorId, { mustChangePassword: true });
  return done({ id: user.id, email: user.email, password });
}

/** Admin or the user themself: ends every session of the account. */
export async function signOutEverywhere(userId: string, actorId: string): Promise<MutationResult<{ id: string }>> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true } });
  if (!user) return notFound();
  await endAllSessions(user.id, "user.sign-out-everywhere", actorId);
  return done({ id: user.id });
}

/** The signed-in person changes their password: the current one must be right; every session ends. */
export async function changeOwnPassword(
  userId: string,
  input: ChangeOwnPasswordInput,
): Promise<MutationResult<{ id: string }>> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, passwordHash: true } });
  if (!user) return notFound();
  if (!(await verifyPassword(user.passwordHash, input.currentPassword)))
    return invalid({ currentPassword: message("wrongCurrentPassword") });
  if (input.newPassword === input.currentPassword) return invalid({ newPassword: message("samePassword") });
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction([
    db.user.update({
      where: { id: userId },
      data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } },
    }),
    db.auditEvent.create({ data: auditData("user.change-password", userId, userId, null, null) }),
  ]);
  return done({ id: userId });
}

/** The signed-in person chooses the language of their notification mail. */
export async function setMailLanguage(
  userId: string,
  input: MailLanguageInput,
): Promise<MutationResult<{ mailLocale: string }>> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { mailLocale: true } });
  if (!user) return notFound();
  if (user.mailLocale === input.mailLocale) return done({ mailLocale: input.mailLocale });
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { mailLocale: input.mailLocale } }),
    db.auditEvent.create({
      data: auditData(
        "user.mail-language",
        userId,
        userId,
        { mailLocale: user.mailLocale },
        { mailLocale: input.mailLocale },
      ),
    }),
  ]);
  return done({ mailLocale: input.mailLocale });
}
