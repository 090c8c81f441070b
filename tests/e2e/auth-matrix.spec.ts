import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { E2E_BASE_URL } from "./support/e2e-env";
import { apiSignedInAs, callServerAction, createTestUser, e2eDb, serverActions, sessionCookieHeader, signInOverHttp, type TestUser } from "./support/auth";

// The authorisation matrix: every mutating route (POST /api/manage/<operation>) and every server
// action of the build, called with raw HTTP requests as an attacker would, for each kind of caller.
// Requests carry an empty (invalid) input, so a caller who gets past the checks sees a validation
// error and nothing is written; a caller who does not is refused before validation.

type Access = "editor" | "admin";

/** The permission class each operation needs (lib/auth/permissions.ts). */
const API_OPERATIONS: Record<string, Access> = {
  "commitment.create": "editor",
  "commitment.update": "editor",
  "commitment.publication": "editor",
  "commitment.archive": "editor",
  "commitment.translate": "editor",
  "quote.add": "editor",
  "quote.remove": "editor",
  "source.edit": "editor",
  "status.update": "editor",
  "status.verify": "editor",
  "evidence.add": "editor",
  "evidence.edit": "editor",
  "evidence.remove": "editor",
  "account.sign-out-everywhere": "editor",
  "account.change-password": "editor",
  "user.invite": "admin",
  "user.change-role": "admin",
  "user.set-active": "admin",
  "user.reset-password": "admin",
  "user.sign-out-everywhere": "admin",
  "body.create": "admin",
  "body.update": "admin",
  "recommendation.link": "editor",
  "recommendation.unlink": "editor",
};

const SERVER_ACTIONS: Record<string, Access> = {
  createCommitmentAction: "editor",
  updateCommitmentAction: "editor",
  setPublicationAction: "editor",
  setArchivedAction: "editor",
  addQuoteAction: "editor",
  saveTranslationAction: "editor",
  removeQuoteAction: "editor",
  editSourceAction: "editor",
  updateStatusAction: "editor",
  markVerifiedAction: "editor",
  addEvidenceAction: "editor",
  editEvidenceAction: "editor",
  removeEvidenceAction: "editor",
  signOutEverywhereAction: "editor",
  changeOwnPasswordAction: "editor",
  previewImportAction: "editor",
  applyImportAction: "editor",
  inviteUserAction: "admin",
  changeRoleAction: "admin",
  setActiveAction: "admin",
  resetPasswordAction: "admin",
  signOutUserEverywhereAction: "admin",
  createBodyAction: "admin",
  updateBodyAction: "admin",
  linkRecommendationAction: "editor",
  unlinkRecommendationAction: "editor",
  applyRecommendationImportAction: "editor",
};

/** Operations that take no input: for a caller who may run them, they succeed (and end that caller's sessions). */
const NO_INPUT_API = "account.sign-out-everywhere";
const NO_INPUT_ACTION = "signOutEverywhereAction";

type Caller = { cookie: string | null; role: "anonymous" | "editor" | "admin" | "revoked"; fresh?: () => Promise<string> };

const origin = { Origin: E2E_BASE_URL };
let anyCommitmentId = "";
let mainAdmin: TestUser;
let adminApi: APIRequestContext;

test.beforeAll(async () => {
  anyCommitmentId = (await e2eDb.commitment.findFirstOrThrow({ select: { id: true } })).id;
  mainAdmin = await createTestUser("ADMIN", "matrixadmin");
  adminApi = await apiSignedInAs(mainAdmin);
});

test.afterAll(async () => {
  await adminApi.dispose();
});

async function cookieOf(user: TestUser): Promise<string> {
  const api = await apiSignedInAs(user);
  const cookie = await sessionCookieHeader(api);
  await api.dispose();
  return cookie;
}

async function expectApi(caller: Caller) {
  const api = await playwrightRequest.newContext({ baseURL: E2E_BASE_URL });
  try {
    for (const [operation, access] of Object.entries(API_OPERATIONS)) {
      const isAllowed = caller.role === "admin" || (caller.role === "editor" && access === "editor");
      const cookie = isAllowed && operation === NO_INPUT_API && caller.fresh ? await caller.fresh() : caller.cookie;
      const response = await api.post(`/api/manage/${operation}`, { data: {}, headers: { ...origin, ...(cookie ? { Cookie: cookie } : {}) } });
      const expected = caller.role === "anonymous" || caller.role === "revoked" ? 401 : isAllowed ? (operation === NO_INPUT_API ? 200 : 422) : 403;
      expect(response.status(), `${caller.role} → POST /api/manage/${operation}`).toBe(expected);
    }
  } finally {
    await api.dispose();
  }
}

async function expectActions(caller: Caller) {
  const api = await playwrightRequest.newContext({ baseURL: E2E_BASE_URL });
  const actions = serverActions();
  try {
    for (const [name, access] of Object.entries(SERVER_ACTIONS)) {
      const action = actions.get(name);
      if (!action) throw new Error(`server action ${name} is not in the build`);
      const isAllowed = caller.role === "admin" || (caller.role === "editor" && access === "editor");
      const cookie = isAllowed && name === NO_INPUT_ACTION && caller.fresh ? await caller.fresh() : caller.cookie;
      const result = await callServerAction(api, action, {}, { ...origin, ...(cookie ? { Cookie: cookie } : {}) }, anyCommitmentId);
      const label = `${caller.role} → ${name}`;
      if (caller.role === "anonymous" || caller.role === "revoked") expect(result.state, label).toEqual({ status: "denied", reason: "unauthenticated" });
      else if (!isAllowed) expect(result.state, label).toEqual({ status: "denied", reason: "forbidden" });
      else if (name === NO_INPUT_ACTION) expect(result.redirect, label).toContain("/login?signedOut=everywhere");
      else expect(result.state?.status, label).toBe("invalid");
    }
  } finally {
    await api.dispose();
  }
}

test("the matrix covers every server action in the build and nothing else", () => {
  expect([...serverActions().keys()].sort()).toEqual(Object.keys(SERVER_ACTIONS).sort());
});

test.describe("every mutating route and server action", () => {
  test("refuses an anonymous caller (401 / unauthenticated)", async () => {
    const caller: Caller = { cookie: null, role: "anonymous" };
    await expectApi(caller);
    await expectActions(caller);
  });

  test("lets an editor do editor work and refuses admin work (403 / forbidden)", async () => {
    const editor = await createTestUser("EDITOR", "matrixeditor");
    const caller: Caller = { cookie: await cookieOf(editor), role: "editor", fresh: async () => cookieOf(await createTestUser("EDITOR", "throwaway")) };
    await expectApi(caller);
    await expectActions(caller);
  });

  test("lets an admin do everything", async () => {
    const admin = await createTestUser("ADMIN", "matrixadmin");
    const caller: Caller = { cookie: await cookieOf(admin), role: "admin", fresh: async () => cookieOf(await createTestUser("ADMIN", "throwaway")) };
    await expectApi(caller);
    await expectActions(caller);
  });

  test("refuses a deactivated user's cookie at once", async () => {
    const editor = await createTestUser("EDITOR", "deactivated");
    const cookie = await cookieOf(editor);
    const deactivate = await adminApi.post("/api/manage/user.set-active", { data: { userId: editor.id, isActive: "false" }, headers: origin });
    expect(deactivate.status()).toBe(200);
    await expectApi({ cookie, role: "revoked" });
    await expectActions({ cookie, role: "revoked" });
  });

  test("refuses a cookie saved before its owner signed out", async () => {
    const editor = await createTestUser("EDITOR", "signedout");
    const api = await apiSignedInAs(editor);
    const cookie = await sessionCookieHeader(api);
    const csrf = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const signOut = await api.post("/api/auth/signout", { form: { csrfToken: csrf.csrfToken, json: "true" } });
    expect(signOut.ok()).toBe(true);
    expect(await sessionCookieHeader(api)).not.toContain("session-token");
    await api.dispose();
    await expectApi({ cookie, role: "revoked" });
    await expectActions({ cookie, role: "revoked" });
  });

  test("refuses a cookie saved before its owner's role changed", async () => {
    const admin = await createTestUser("ADMIN", "demoted");
    const cookie = await cookieOf(admin);
    const demote = await adminApi.post("/api/manage/user.change-role", { data: { userId: admin.id, role: "EDITOR" }, headers: origin });
    expect(demote.status()).toBe(200);
    await expectApi({ cookie, role: "revoked" });
    await expectActions({ cookie, role: "revoked" });
    // Signing in again gives a session with the new role only.
    const fresh = await apiSignedInAs(admin);
    expect((await fresh.post("/api/manage/user.invite", { data: {}, headers: origin })).status()).toBe(403);
    expect((await fresh.post("/api/manage/status.update", { data: {}, headers: origin })).status()).toBe(422);
    await fresh.dispose();
  });
});

test.describe("cross-site requests", () => {
  test("a foreign Origin or Origin: null is refused and writes nothing, on routes and on server actions", async () => {
    const editor = await createTestUser("EDITOR", "crosssite");
    const api = await apiSignedInAs(editor);
    const cookie = await sessionCookieHeader(api);
    const commitment = await e2eDb.commitment.findFirstOrThrow({ select: { id: true, version: true } });
    const valid = { commitmentId: commitment.id, version: String(commitment.version), verifiedOn: "2025-01-01", note: "cross-site attempt" };
    const verify = serverActions().get("markVerifiedAction");
    if (!verify) throw new Error("markVerifiedAction missing from the build");

    for (const hostile of ["https://evil.example", "null"]) {
      const route = await api.post("/api/manage/status.verify", { data: valid, headers: { Origin: hostile } });
      expect(route.status(), `route with Origin ${hostile}`).toBe(403);
      expect(await route.json()).toEqual({ ok: false, kind: "denied", reason: "cross-site" });
      const action = await callServerAction(api, verify, valid, { Origin: hostile, Cookie: cookie }, commitment.id);
      expect(action.redirect, `server action with Origin ${hostile}`).toBeNull();
      expect(action.state?.status ?? "refused").not.toBe("invalid");
    }
    const missing = await api.post("/api/manage/status.verify", { data: valid });
    expect(missing.status(), "route without Origin").toBe(403);

    expect(await e2eDb.verification.count({ where: { note: "cross-site attempt" } })).toBe(0);
    expect((await e2eDb.commitment.findUniqueOrThrow({ where: { id: commitment.id } })).version).toBe(commitment.version);
    await api.dispose();
  });
});

test.describe("cross-site sign-in and sign-out", () => {
  test("next-auth's POST endpoints refuse a foreign Origin and Origin: null, and still serve scripts that send none", async () => {
    const editor = await createTestUser("EDITOR", "crosslogin");
    for (const hostile of ["https://evil.example", "null"]) {
      const api = await playwrightRequest.newContext({ baseURL: E2E_BASE_URL });
      const csrf = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
      const login = await api.post("/api/auth/callback/credentials", {
        form: { csrfToken: csrf.csrfToken, email: editor.email, password: editor.password, json: "true" },
        headers: { Origin: hostile },
        maxRedirects: 0,
      });
      expect(login.status(), `sign-in with Origin ${hostile}`).toBe(403);
      expect(await sessionCookieHeader(api)).not.toContain("session-token");
      await api.dispose();
    }
    const api = await playwrightRequest.newContext({ baseURL: E2E_BASE_URL });
    expect((await signInOverHttp(api, editor.email, editor.password)).session).toBeDefined();
    const csrf = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const signOut = await api.post("/api/auth/signout", { form: { csrfToken: csrf.csrfToken, json: "true" }, headers: { Origin: "https://evil.example" } });
    expect(signOut.status()).toBe(403);
    expect(await sessionCookieHeader(api)).toContain("session-token");
    await api.dispose();
  });
});

test.describe("session cookies", () => {
  test("are HttpOnly and SameSite=Lax (and not Secure over plain http)", async () => {
    const editor = await createTestUser("EDITOR", "cookie");
    const api = await playwrightRequest.newContext({ baseURL: E2E_BASE_URL });
    const { session } = await signInOverHttp(api, editor.email, editor.password);
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false, path: "/" });
    await api.dispose();
  });
});
