import { expect, request as playwrightRequest, test } from "./support/test";
import { E2E_BASE_URL } from "./support/e2e-env";
import { createTestUser, e2eDb, signInOverHttp } from "./support/auth";
import { CLIENT_ADDRESS_HEADER } from "../../lib/http/client-address";

// Time is simulated by moving this test's recorded attempts 16 minutes into the past, which is
// exactly what the passage of time does to the sliding window (lib/auth/throttle.ts).
async function letFifteenMinutesPass(since: Date): Promise<void> {
  const attempts = await e2eDb.signInAttempt.findMany({
    where: { createdAt: { gte: since } },
    select: { id: true, createdAt: true },
  });
  for (const attempt of attempts) {
    await e2eDb.signInAttempt.update({
      where: { id: attempt.id },
      data: { createdAt: new Date(attempt.createdAt.getTime() - 16 * 60 * 1000) },
    });
  }
}

test.describe("brute-force throttling", () => {
  test("after 10 failures an account is refused even with the right password, and the real user gets in once it lifts", async ({
    page,
  }) => {
    const startedAt = new Date(Date.now() - 1000);
    const editor = await createTestUser("EDITOR", "throttled");
    const api = await playwrightRequest.newContext({ baseURL: E2E_BASE_URL });
    try {
      for (let attempt = 1; attempt <= 10; attempt += 1) {
        expect((await signInOverHttp(api, editor.email, `wrong guess ${attempt}`)).error).toBe("CredentialsSignin");
      }
      const refused = await signInOverHttp(api, editor.email, editor.password);
      expect(refused.error).toMatch(/^ThrottledAccount:1[45]$/);
      expect(refused.session).toBeUndefined();

      await page.goto("/login");
      await page.getByLabel("Email").fill(editor.email);
      await page.getByLabel("Password").fill(editor.password);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.locator("form").getByRole("alert")).toContainText(
        "Too many failed sign-in attempts for this account",
      );
      await expect(page.locator("form").getByRole("alert")).toContainText(/try again in 1[45] minutes/);
    } finally {
      await letFifteenMinutesPass(startedAt);
    }
    const after = await signInOverHttp(api, editor.email, editor.password);
    expect(after.error).toBeNull();
    expect(after.session).toBeDefined();
    await api.dispose();
  });

  test("attack: 50 failures from one address pause sign-in from it, even with a new forged X-Forwarded-For on every try", async () => {
    // Earlier tests' failures from this same address must not count here.
    await letFifteenMinutesPass(new Date(0));
    const startedAt = new Date(Date.now() - 1000);
    const editor = await createTestUser("EDITOR", "sprayed");
    // `npm start`'s own server writes the socket address into this header, overwriting any value a
    // client sends; it is sent here too so the spec means the same against a bare `next start`.
    const api = await playwrightRequest.newContext({
      baseURL: E2E_BASE_URL,
      extraHTTPHeaders: { [CLIENT_ADDRESS_HEADER]: "127.0.0.1" },
    });
    try {
      for (let attempt = 1; attempt <= 50; attempt += 1) {
        const forged = { "x-forwarded-for": `198.51.100.${attempt}` };
        expect((await signInOverHttp(api, `spray-${attempt}@example.org`, "password spraying", forged)).error).toBe(
          "CredentialsSignin",
        );
      }
      expect((await signInOverHttp(api, editor.email, editor.password)).error).toMatch(/^ThrottledAddress:\d+$/);
    } finally {
      await letFifteenMinutesPass(startedAt);
    }
    expect((await signInOverHttp(api, editor.email, editor.password)).error).toBeNull();
    await api.dispose();
  });
});
