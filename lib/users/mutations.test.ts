import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { verifyPassword } from "@/lib/auth/password";
import { UserInputError, createUser, deactivateUser, setUserPassword } from "./mutations";
import { inEnglish } from "@/lib/forms/english-messages";

afterAll(() => db.$disconnect());

describe("user accounts", () => {
  it("creates a user with a normalised email and an argon2id hash, and audits it", async () => {
    const user = await createUser({
      email: " Aigerim@Example.ORG ",
      name: "Aigerim",
      role: "ADMIN",
      password: "a long enough passphrase",
    });
    expect(user).toMatchObject({ email: "aigerim@example.org", role: "ADMIN", isActive: true });
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(stored.passwordHash, "a long enough passphrase")).toBe(true);
    expect(await db.auditEvent.count({ where: { entityId: user.id, action: "user.create" } })).toBe(1);
    expect((await db.auditEvent.findFirstOrThrow({ where: { entityId: user.id } })).after).not.toContain(
      "passwordHash",
    );
  });

  it("refuses a second account with the same email, in any case", async () => {
    await expect(
      createUser({ email: "AIGERIM@example.org", name: "Copy", role: "EDITOR", password: "another passphrase" }),
    ).rejects.toThrow(UserInputError);
  });

  it("ends existing sessions on a password change and on deactivation", async () => {
    const user = await createUser({
      email: "daniyar@example.org",
      name: "Daniyar",
      role: "EDITOR",
      password: "first passphrase!",
    });
    const before = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    await setUserPassword("daniyar@example.org", "second passphrase!");
    const afterPassword = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(afterPassword.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await verifyPassword(afterPassword.passwordHash, "second passphrase!")).toBe(true);

    await deactivateUser("daniyar@example.org");
    const afterDeactivation = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(afterDeactivation).toMatchObject({ isActive: false, sessionVersion: before.sessionVersion + 2 });
  });

  it("says plainly when the user does not exist", async () => {
    await expect(deactivateUser("nobody@example.org").catch((error: Error) => inEnglish(error.message))).resolves.toBe(
      "No user has the email nobody@example.org.",
    );
  });
});
