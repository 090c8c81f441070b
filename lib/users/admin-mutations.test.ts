import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { verifyPassword } from "@/lib/auth/password";
import { changeOwnPasswordSchema, mailLanguageSchema } from "./schema";
import {
  changeOwnPassword,
  changeUserRole,
  inviteUser,
  resetUserPassword,
  setMailLanguage,
  setUserActive,
  signOutEverywhere,
} from "./mutations";
import { message } from "@/lib/forms/messages";

afterAll(() => db.$disconnect());

let adminId = "";
beforeAll(async () => {
  adminId = (
    await db.user.create({ data: { email: "root@example.org", name: "Root", passwordHash: "x", role: "ADMIN" } })
  ).id;
});

describe("admin account management", () => {
  it("creates an account with a one-time password that works, and audits it without the hash", async () => {
    const result = await inviteUser({ email: "Invited@Example.org", name: "Invited", role: "EDITOR" }, adminId);
    if (!result.ok) throw new Error("invite failed");
    const stored = await db.user.findUniqueOrThrow({ where: { id: result.value.id } });
    expect(stored.email).toBe("invited@example.org");
    expect(await verifyPassword(stored.passwordHash, result.value.password)).toBe(true);
    expect(stored.mustChangePassword).toBe(true);
    expect(await inviteUser({ email: "invited@example.org", name: "Again", role: "EDITOR" }, adminId)).toMatchObject({
      ok: false,
      kind: "invalid",
    });
  });

  it("bumps the session version on role change, deactivation, password reset and sign-out everywhere", async () => {
    const invited = await inviteUser({ email: "bumped@example.org", name: "Bumped", role: "EDITOR" }, adminId);
    if (!invited.ok) throw new Error("invite failed");
    const id = invited.value.id;
    const version = async () => (await db.user.findUniqueOrThrow({ where: { id } })).sessionVersion;
    const start = await version();
    await changeUserRole({ userId: id, role: "ADMIN" }, adminId);
    expect(await version()).toBe(start + 1);
    await setUserActive({ userId: id, isActive: false }, adminId);
    expect(await version()).toBe(start + 2);
    const reset = await resetUserPassword(id, adminId);
    expect(reset.ok).toBe(true);
    expect(await version()).toBe(start + 3);
    await signOutEverywhere(id, adminId);
    expect(await version()).toBe(start + 4);
    const actions = (await db.auditEvent.findMany({ where: { entityId: id, actorId: adminId } }))
      .map((event) => event.action)
      .sort();
    expect(actions).toEqual([
      "user.change-role",
      "user.create",
      "user.deactivate",
      "user.set-password",
      "user.sign-out-everywhere",
    ]);
  });

  it("will not let an admin demote or deactivate themself", async () => {
    expect(await changeUserRole({ userId: adminId, role: "EDITOR" }, adminId)).toMatchObject({
      ok: false,
      kind: "invalid",
    });
    expect(await setUserActive({ userId: adminId, isActive: false }, adminId)).toMatchObject({
      ok: false,
      kind: "invalid",
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: adminId } })).toMatchObject({
      role: "ADMIN",
      isActive: true,
    });
  });

  it("lets a person change their own password only with the current one, ending their sessions", async () => {
    const invited = await inviteUser({ email: "self@example.org", name: "Self", role: "EDITOR" }, adminId);
    if (!invited.ok) throw new Error("invite failed");
    const { id, password } = invited.value;
    const input = (currentPassword: string) =>
      changeOwnPasswordSchema.parse({
        currentPassword,
        newPassword: "my own new passphrase",
        confirmPassword: "my own new passphrase",
      });
    expect(await changeOwnPassword(id, input("wrong current one"))).toMatchObject({
      ok: false,
      kind: "invalid",
      fieldErrors: { currentPassword: message("wrongCurrentPassword") },
    });
    const before = await db.user.findUniqueOrThrow({ where: { id } });
    expect((await changeOwnPassword(id, input(password))).ok).toBe(true);
    const after = await db.user.findUniqueOrThrow({ where: { id } });
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await verifyPassword(after.passwordHash, "my own new passphrase")).toBe(true);
    expect(after.mustChangePassword).toBe(false);
    expect((await resetUserPassword(id, adminId)).ok).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id } })).mustChangePassword).toBe(true);
    expect(
      changeOwnPasswordSchema.safeParse({
        currentPassword: "x",
        newPassword: "my own new passphrase",
        confirmPassword: "different one",
      }).error?.issues[0]?.path,
    ).toEqual(["confirmPassword"]);
  });
});

describe("the language of a person's notification mail", () => {
  it("is Russian for a new account, changes on request with an audit event, and a repeat writes nothing", async () => {
    const user = await db.user.create({
      data: { email: `mail-language-${Date.now()}@example.org`, name: "Ainur", passwordHash: "x", role: "CONTRIBUTOR" },
    });
    expect(user.mailLocale).toBe("ru");
    expect(await setMailLanguage(user.id, mailLanguageSchema.parse({ mailLocale: "kk" }))).toEqual({
      ok: true,
      value: { mailLocale: "kk" },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).mailLocale).toBe("kk");
    await setMailLanguage(user.id, mailLanguageSchema.parse({ mailLocale: "kk" }));
    const events = await db.auditEvent.findMany({ where: { entityId: user.id, action: "user.mail-language" } });
    expect(events.map((event) => [event.before, event.after])).toEqual([
      [JSON.stringify({ mailLocale: "ru" }), JSON.stringify({ mailLocale: "kk" })],
    ]);
    expect(mailLanguageSchema.safeParse({ mailLocale: "de" }).success).toBe(false);
    expect((await setMailLanguage("no-such-user", { mailLocale: "en" })).ok).toBe(false);
  });
});
