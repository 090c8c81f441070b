import "server-only";
import { db } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import { emailSchema, newUserSchema, type NewUserInput } from "./schema";

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
export async function createUser(input: NewUserInput, actorId: string | null = null) {
  const parsed = newUserSchema.parse(input);
  const passwordHash = await hashPassword(parsed.password);
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: parsed.email }, select: { id: true } });
    if (existing) throw new UserInputError(`A user with the email ${parsed.email} already exists.`);
    const user = await tx.user.create({
      data: { email: parsed.email, name: parsed.name, role: parsed.role, passwordHash },
      select: { id: true, email: true, name: true, role: true, isActive: true },
    });
    await tx.auditEvent.create({ data: auditData("user.create", user.id, actorId, null, user) });
    return user;
  });
}

/** Sets a new password and ends every existing session of that user. */
export async function setUserPassword(email: string, password: string, actorId: string | null = null) {
  const address = emailSchema.parse(email);
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email: address }, select: { id: true } });
    if (!user) throw new UserInputError(`No user has the email ${address}.`);
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await tx.auditEvent.create({ data: auditData("user.set-password", user.id, actorId, null, null) });
  });
}

/** Deactivates a user: they can no longer sign in, and their sessions end at once. */
export async function deactivateUser(email: string, actorId: string | null = null) {
  const address = emailSchema.parse(email);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email: address }, select: { id: true, isActive: true } });
    if (!user) throw new UserInputError(`No user has the email ${address}.`);
    await tx.user.update({ where: { id: user.id }, data: { isActive: false, sessionVersion: { increment: 1 } } });
    await tx.auditEvent.create({
      data: auditData("user.deactivate", user.id, actorId, { isActive: user.isActive }, { isActive: false }),
    });
  });
}
