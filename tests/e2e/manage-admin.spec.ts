import { expect, request as playwrightRequest, test } from "./support/test";
import { E2E_BASE_URL } from "./support/e2e-env";
import { createTestUser, signInBrowser, signInOverHttp } from "./support/auth";

test.describe("admin pages", () => {
  test("an admin creates an account with a one-time password, deactivates it, and finds both in the audit log", async ({
    page,
    context,
  }) => {
    const admin = await createTestUser("ADMIN", "useradmin");
    await signInBrowser(context, admin);
    const email = `new-editor-${Date.now()}@example.org`;

    await page.goto("/manage/users");
    const invite = page.getByRole("form", { name: "Create an account" });
    await invite.getByLabel("Name").fill("New Editor");
    await invite.getByLabel("Email").fill(email);
    await invite.getByRole("button", { name: "Create account" }).click();
    const password = (await page.getByTestId("one-time-password").textContent())?.trim() ?? "";
    expect(password.length).toBeGreaterThan(20);

    // The one-time password signs in, but is good only for choosing a new one.
    const origin = { Origin: E2E_BASE_URL };
    const firstUse = await playwrightRequest.newContext({ baseURL: E2E_BASE_URL });
    expect((await signInOverHttp(firstUse, email, password)).error).toBeNull();
    expect(
      (await firstUse.get("/api/auth/session").then((response) => response.json())) as { role?: string },
    ).toMatchObject({ role: "EDITOR" });
    const early = await firstUse.post("/api/manage/status.update", { data: {}, headers: origin });
    expect(early.status()).toBe(403);
    expect(await early.json()).toMatchObject({ kind: "denied", reason: "password-change-required" });
    const change = await firstUse.post("/api/manage/account.change-password", {
      data: {
        currentPassword: password,
        newPassword: "my very own passphrase",
        confirmPassword: "my very own passphrase",
      },
      headers: origin,
    });
    expect(change.status()).toBe(200);
    expect((await firstUse.post("/api/manage/status.update", { data: {}, headers: origin })).status()).toBe(401);
    await firstUse.dispose();
    const oldPassword = await playwrightRequest.newContext({ baseURL: E2E_BASE_URL });
    expect((await signInOverHttp(oldPassword, email, password)).error).toBe("CredentialsSignin");
    await oldPassword.dispose();

    const api = await playwrightRequest.newContext({ baseURL: E2E_BASE_URL });
    expect((await signInOverHttp(api, email, "my very own passphrase")).error).toBeNull();
    expect((await api.post("/api/manage/status.update", { data: {}, headers: origin })).status()).toBe(422);

    await page.reload();
    const row = page.locator(`tr[data-email="${email}"]`);
    await row.getByRole("button", { name: "Deactivate" }).click();
    await expect(row.getByRole("status")).toHaveText("Account deactivated.");
    expect(await api.get("/api/auth/session").then((response) => response.json())).toEqual({
      expires: expect.any(String),
    });
    await api.dispose();

    await page.goto("/manage/audit");
    await page.getByLabel("What").selectOption("user.deactivate");
    await page.getByRole("button", { name: "Filter" }).click();
    // The log is in words: the action, the account by name, the field by its label; no raw keys or ids.
    const entry = page.getByTestId("audit-table").getByRole("row").filter({ hasText: "Account deactivated" }).first();
    await expect(entry).toContainText(admin.email);
    await expect(entry).toContainText(email);
    await expect(entry).toContainText("Active: yes → no");
    await expect(entry).not.toContainText("user.deactivate");
    await expect(entry).not.toContainText("isActive");
    await page.goto("/manage/audit?action=user.create");
    await expect(page.getByTestId("audit-table")).toContainText(email);
  });

  test("an editor cannot open the users page or the audit log", async ({ page, context }) => {
    await signInBrowser(context, await createTestUser("EDITOR", "nosy"));
    for (const path of ["/manage/users", "/manage/audit"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1, name: "No access" })).toBeVisible();
    }
  });
});

test("a contributor chooses Kazakh for their notification mail on the account page, and it stays chosen", async ({
  page,
  context,
}) => {
  const contributor = await createTestUser("CONTRIBUTOR", "maillanguage");
  await signInBrowser(context, contributor);
  await page.goto("/en/manage/account");
  const form = page.getByRole("form", { name: "Language of your notification mail" });
  await expect(form.getByLabel("Language of your notification mail")).toHaveValue("ru");
  await form.getByLabel("Language of your notification mail").selectOption("kk");
  await form.getByRole("button", { name: "Save the language" }).click();
  await expect(form.getByRole("status")).toHaveText(
    "Saved: your notification mail comes in this language from now on.",
  );
  await page.reload();
  await expect(
    page
      .getByRole("form", { name: "Language of your notification mail" })
      .getByLabel("Language of your notification mail"),
  ).toHaveValue("kk");
});
