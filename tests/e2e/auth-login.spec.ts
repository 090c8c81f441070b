import { expect, request as playwrightRequest, test } from "@playwright/test";
import { E2E_BASE_URL } from "./support/e2e-env";
import { createTestUser, e2eDb, signInOverHttp } from "./support/auth";

test.describe("signing in", () => {
  test("through the form: a wrong password gets the one neutral message, the right one opens the workspace", async ({ page }) => {
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
});
