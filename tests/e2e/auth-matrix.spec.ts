import { readFileSync } from "node:fs";
import { expect, request as playwrightRequest, test, type APIRequestContext } from "./support/test";
import { E2E_BASE_URL } from "./support/e2e-env";
import {
  apiSignedInAs,
  callServerAction,
  createTestUser,
  e2eDb,
  serverActions,
  sessionCookieHeader,
  signInOverHttp,
  type TestRole,
  type TestUser,
} from "./support/auth";

// The authorisation matrix: every mutating route (POST /api/manage/<operation>) and every server
// action of the build, called with raw HTTP requests as an attacker would, for each kind of caller.
// Requests carry an empty (invalid) input, so a caller who gets past the checks sees a validation
// error and nothing is written; a caller who does not is refused before validation.

type Role = TestRole;
/** Who may run an operation: roles from lib/auth/permissions.ts, or "public" (anyone, signed in or not). */
type Access = readonly Role[] | "public";

const EVERY_ROLE: readonly Role[] = ["ADMIN", "EDITOR", "REVIEWER", "CONTRIBUTOR"];
/** Editors' work: editors, reviewers (editors who may also review) and admins. */
const EDITORS: readonly Role[] = ["ADMIN", "EDITOR", "REVIEWER"];
const REVIEWERS: readonly Role[] = ["ADMIN", "REVIEWER"];
const ADMINS: readonly Role[] = ["ADMIN"];

/** The roles each operation allows (lib/auth/permissions.ts). */
const API_OPERATIONS: Record<string, readonly Role[]> = {
  "commitment.create": EDITORS,
  "commitment.update": EDITORS,
  "commitment.publication": EDITORS,
  "commitment.archive": EDITORS,
  "commitment.translate": EDITORS,
  "quote.add": EVERY_ROLE,
  "quote.remove": EVERY_ROLE,
  "source.edit": EDITORS,
  "status.update": EVERY_ROLE,
  "status.approve": REVIEWERS,
  "status.return": REVIEWERS,
  "change.approve": REVIEWERS,
  "change.return": REVIEWERS,
  "status.verify": EDITORS,
  "evidence.add": EVERY_ROLE,
  "evidence.edit": EVERY_ROLE,
  "evidence.remove": EVERY_ROLE,
  "correction.handle": EDITORS,
  "correction.to-evidence": EDITORS,
  "correction.discard": EDITORS,
  "correction.forget-email": EDITORS,
  "account.sign-out-everywhere": EVERY_ROLE,
  "account.change-password": EVERY_ROLE,
  "account.mail-language": EVERY_ROLE,
  "settings.update": ADMINS,
  "user.invite": ADMINS,
  "user.change-role": ADMINS,
  "user.set-active": ADMINS,
  "user.reset-password": ADMINS,
  "user.sign-out-everywhere": ADMINS,
  "body.create": ADMINS,
  "body.update": ADMINS,
  "webhook.create": ADMINS,
  "webhook.remove": ADMINS,
  "recommendation.link": EDITORS,
  "recommendation.unlink": EDITORS,
  "recommendation.update": EDITORS,
  "recommendation.delete": EDITORS,
  "sdgTarget.update": EDITORS,
  "recommendation.link-many": EDITORS,
  "suggestion.dismiss": EDITORS,
  "vocabularyTerm.update": EDITORS,
};

const SERVER_ACTIONS: Record<string, Access> = {
  createCommitmentAction: EDITORS,
  updateCommitmentAction: EDITORS,
  setPublicationAction: EDITORS,
  setArchivedAction: EDITORS,
  addQuoteAction: EVERY_ROLE,
  saveTranslationAction: EDITORS,
  removeQuoteAction: EVERY_ROLE,
  editSourceAction: EDITORS,
  updateStatusAction: EVERY_ROLE,
  approveProposalAction: REVIEWERS,
  returnProposalAction: REVIEWERS,
  approveChangeAction: REVIEWERS,
  returnChangeAction: REVIEWERS,
  markVerifiedAction: EDITORS,
  addEvidenceAction: EVERY_ROLE,
  editEvidenceAction: EVERY_ROLE,
  removeEvidenceAction: EVERY_ROLE,
  handleCorrectionAction: EDITORS,
  correctionToEvidenceAction: EDITORS,
  discardCorrectionAction: EDITORS,
  forgetCorrectionEmailAction: EDITORS,
  signOutEverywhereAction: EVERY_ROLE,
  changeOwnPasswordAction: EVERY_ROLE,
  setMailLanguageAction: EVERY_ROLE,
  previewImportAction: EDITORS,
  applyImportAction: EDITORS,
  updateSettingsAction: ADMINS,
  inviteUserAction: ADMINS,
  changeRoleAction: ADMINS,
  setActiveAction: ADMINS,
  resetPasswordAction: ADMINS,
  signOutUserEverywhereAction: ADMINS,
  createBodyAction: ADMINS,
  updateBodyAction: ADMINS,
  createWebhookAction: ADMINS,
  removeWebhookAction: ADMINS,
  linkRecommendationAction: EDITORS,
  unlinkRecommendationAction: EDITORS,
  updateRecommendationAction: EDITORS,
  deleteRecommendationAction: EDITORS,
  applyRecommendationImportAction: EDITORS,
  updateSdgTargetAction: EDITORS,
  dismissSuggestionAction: EDITORS,
  linkRecommendationsAction: EDITORS,
  updateVocabularyTermAction: EDITORS,
  // The reader's correction form: no account needed (its own limits apply, lib/corrections).
  submitCorrectionAction: "public",
};

/** Operations that take no input: for a caller who may run them, they succeed (and end that caller's sessions). */
const NO_INPUT_API = "account.sign-out-everywhere";
const NO_INPUT_ACTION = "signOutEverywhereAction";

type Caller = { cookie: string | null; role: "anonymous" | "revoked" | Role; fresh?: () => Promise<string> };

const origin = { Origin: E2E_BASE_URL };
let anyCommitmentId = "";
let anyPublishedSlug = "";
let mainAdmin: TestUser;
let adminApi: APIRequestContext;

test.beforeAll(async () => {
  anyCommitmentId = (await e2eDb.commitment.findFirstOrThrow({ select: { id: true } })).id;
  anyPublishedSlug = (
    await e2eDb.commitment.findFirstOrThrow({ where: { isPublished: true, isArchived: false }, select: { slug: true } })
  ).slug;
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

const mayRun = (caller: Caller, access: Access) =>
  access === "public" || (caller.role !== "anonymous" && caller.role !== "revoked" && access.includes(caller.role));

async function expectApi(caller: Caller) {
  const api = await playwrightRequest.newContext({ baseURL: E2E_BASE_URL });
  try {
    for (const [operation, access] of Object.entries(API_OPERATIONS)) {
      const isAllowed = mayRun(caller, access);
      const cookie = isAllowed && operation === NO_INPUT_API && caller.fresh ? await caller.fresh() : caller.cookie;
      const response = await api.post(`/api/manage/${operation}`, {
        data: {},
        headers: { ...origin, ...(cookie ? { Cookie: cookie } : {}) },
      });
      const expected =
        caller.role === "anonymous" || caller.role === "revoked"
          ? 401
          : isAllowed
            ? operation === NO_INPUT_API
              ? 200
              : 422
            : 403;
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
      const isAllowed = mayRun(caller, access);
      const cookie = isAllowed && name === NO_INPUT_ACTION && caller.fresh ? await caller.fresh() : caller.cookie;
      const result = await callServerAction(
        api,
        action,
        {},
        { ...origin, ...(cookie ? { Cookie: cookie } : {}) },
        anyCommitmentId,
        anyPublishedSlug,
      );
      const label = `${caller.role} → ${name}`;
      if (access === "public") expect(result.state?.status, label).toBe("invalid");
      else if (caller.role === "anonymous" || caller.role === "revoked")
        expect(result.state, label).toEqual({ status: "denied", reason: "unauthenticated" });
      else if (!isAllowed) expect(result.state, label).toEqual({ status: "denied", reason: "forbidden" });
      else if (name === NO_INPUT_ACTION) expect(result.redirect, label).toContain("/login?signedOut=everywhere");
      else expect(result.state?.status, label).toBe("invalid");
    }
  } finally {
    await api.dispose();
  }
}

test("the API matrix covers every operation of the registry and nothing else", async ({ request }) => {
  const registry = [
    ...readFileSync("lib/operations/registry.ts", "utf8").matchAll(
      /^\s+"([a-zA-Z-]+\.[a-zA-Z-]+)": defineOperation\(/gm,
    ),
  ].map((match) => match[1]);
  expect(registry.sort()).toEqual(Object.keys(API_OPERATIONS).sort());
  // An unknown operation is 404; every listed one exists (none answers 404).
  for (const operation of Object.keys(API_OPERATIONS)) {
    expect(
      (await request.post(`/api/manage/${operation}`, { data: {}, headers: origin })).status(),
      operation,
    ).not.toBe(404);
  }
  expect((await request.post("/api/manage/not.an-operation", { data: {}, headers: origin })).status()).toBe(404);
});

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
    const caller: Caller = {
      cookie: await cookieOf(editor),
      role: "EDITOR",
      fresh: async () => cookieOf(await createTestUser("EDITOR", "throwaway")),
    };
    await expectApi(caller);
    await expectActions(caller);
  });

  test("lets an admin do everything", async () => {
    const admin = await createTestUser("ADMIN", "matrixadmin");
    const caller: Caller = {
      cookie: await cookieOf(admin),
      role: "ADMIN",
      fresh: async () => cookieOf(await createTestUser("ADMIN", "throwaway")),
    };
    await expectApi(caller);
    await expectActions(caller);
  });

  test("lets a reviewer do editor work and review, and refuses admin work", async () => {
    const reviewer = await createTestUser("REVIEWER", "matrixreviewer");
    const caller: Caller = {
      cookie: await cookieOf(reviewer),
      role: "REVIEWER",
      fresh: async () => cookieOf(await createTestUser("REVIEWER", "throwaway")),
    };
    await expectApi(caller);
    await expectActions(caller);
  });

  test("lets a contributor propose, add evidence and quotes, and refuses publishing, review, the inbox and admin work", async () => {
    const contributor = await createTestUser("CONTRIBUTOR", "matrixcontributor");
    const caller: Caller = {
      cookie: await cookieOf(contributor),
      role: "CONTRIBUTOR",
      fresh: async () => cookieOf(await createTestUser("CONTRIBUTOR", "throwaway")),
    };
    await expectApi(caller);
    await expectActions(caller);
  });

  test("refuses a deactivated user's cookie at once", async () => {
    const editor = await createTestUser("EDITOR", "deactivated");
    const cookie = await cookieOf(editor);
    const deactivate = await adminApi.post("/api/manage/user.set-active", {
      data: { userId: editor.id, isActive: "false" },
      headers: origin,
    });
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
    const demote = await adminApi.post("/api/manage/user.change-role", {
      data: { userId: admin.id, role: "EDITOR" },
      headers: origin,
    });
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
    const valid = {
      commitmentId: commitment.id,
      version: String(commitment.version),
      verifiedOn: "2025-01-01",
      note: "cross-site attempt",
    };
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
    expect((await e2eDb.commitment.findUniqueOrThrow({ where: { id: commitment.id } })).version).toBe(
      commitment.version,
    );
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
    const signOut = await api.post("/api/auth/signout", {
      form: { csrfToken: csrf.csrfToken, json: "true" },
      headers: { Origin: "https://evil.example" },
    });
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
