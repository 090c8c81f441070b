import { expect, request as playwrightRequest, test } from "./support/test";
import { E2E_BASE_URL } from "./support/e2e-env";
import {
  apiSignedInAs,
  createTestUser,
  e2eDb,
  sessionCookieHeader,
  signInBrowser,
  signInOverHttp,
} from "./support/auth";

test.describe("signing in", () => {
  test("through the form: a wrong password gets the one neutral message, the right one opens the workspace", async ({
    page,
  }) => {
    const editor = await createTestUser("EDITOR", "uilogin");
    await page.goto("/manage");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fmanage$/);
    await page.getByLabel("Email").fill(editor.email);
    await page.getByLabel("Password").fill("not the right passphrase");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("form").getByRole("alert")).toHaveText("Email or password is incorrect");

    await page.getByLabel("Password").fill(editor.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/manage$/);
    await expect(page.getByTestId("signed-in-as")).toContainText(editor.name);

    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(page).toHaveURL(/\/login\?signedOut=1$/);
    await page.goto("/manage");
    await expect(page).toHaveURL(/\/login/);
  });

  test("signing out keeps the reader's language, on the host they used", async ({ page, context }) => {
    const editor = await createTestUser("EDITOR", "signoutru");
    await signInBrowser(context, editor);
    await page.goto("/ru/manage");
    await page.getByRole("button", { name: "Выйти", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`^${E2E_BASE_URL.replace(/\./g, "\\.")}/ru/login\\?signedOut=1$`));
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await page.goto("/ru/manage");
    await expect(page).toHaveURL(/\/login/);
  });

  test("says the same thing for an unknown email, a wrong password and a deactivated account", async () => {
    const editor = await createTestUser("EDITOR", "neutral");
    const deactivated = await createTestUser("EDITOR", "neutraloff");
    await e2eDb.user.update({ where: { id: deactivated.id }, data: { isActive: false } });
    const api = await playwrightRequest.newContext({ baseURL: E2E_BASE_URL });
    const unknown = await signInOverHttp(api, "nobody-here@example.org", editor.password);
    const wrong = await signInOverHttp(api, editor.email, "wrong passphrase here");
    const inactive = await signInOverHttp(api, deactivated.email, deactivated.password);
    for (const attempt of [unknown, wrong, inactive]) {
      expect(attempt.error).toBe("CredentialsSignin");
      expect(attempt.session).toBeUndefined();
    }
    await api.dispose();
  });

  test("changing your own password signs you out everywhere; the new password works and the old one does not", async ({
    page,
    context,
  }) => {
    const editor = await createTestUser("EDITOR", "changer");
    const otherDevice = await apiSignedInAs(editor);
    const otherCookie = await sessionCookieHeader(otherDevice);
    await signInBrowser(context, editor);
    await page.goto("/manage/account");
    const form = page.getByRole("form", { name: "Change your password" });
    await form.getByLabel("Current password").fill("not my password at all");
    await form.getByLabel("New password", { exact: true }).fill("a brand new passphrase 7");
    await form.getByLabel("Repeat the new password").fill("a brand new passphrase 7");
    await form.getByRole("button", { name: "Change password" }).click();
    await expect(form.getByText("That is not your current password.")).toBeVisible();

    await form.getByLabel("Current password").fill(editor.password);
    await form.getByLabel("New password", { exact: true }).fill("a brand new passphrase 7");
    await form.getByLabel("Repeat the new password").fill("a brand new passphrase 7");
    await form.getByRole("button", { name: "Change password" }).click();
    await expect(page).toHaveURL(/\/login\?signedOut=password$/);
    await expect(page.getByRole("status")).toContainText("Your password was changed");

    const replay = await otherDevice.post("/api/manage/status.update", {
      data: {},
      headers: { Origin: E2E_BASE_URL, Cookie: otherCookie },
    });
    expect(replay.status()).toBe(401);
    await otherDevice.dispose();
    const api = await playwrightRequest.newContext({ baseURL: E2E_BASE_URL });
    expect((await signInOverHttp(api, editor.email, editor.password)).error).toBe("CredentialsSignin");
    expect((await signInOverHttp(api, editor.email, "a brand new passphrase 7")).error).toBeNull();
    await api.dispose();
  });
});
