import { readFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { request as playwrightRequest, type APIRequestContext, type BrowserContext } from "@playwright/test";
import { hashPassword } from "@/lib/auth/password";
import { createPrismaClient } from "@/lib/db/create-client";
import { E2E_BASE_URL, E2E_DATABASE_URL } from "./e2e-env";

/** The end-to-end database, opened directly (the server runs on the same file). */
export const e2eDb = createPrismaClient(E2E_DATABASE_URL);

export type TestRole = "ADMIN" | "EDITOR" | "REVIEWER" | "CONTRIBUTOR";
export type TestUser = { id: string; email: string; password: string; name: string; role: TestRole };

const hashes = new Map<string, Promise<string>>();

/** Creates a user straight in the database (documenso-style seed helper). */
export async function createTestUser(role: TestRole, label = role.toLowerCase()): Promise<TestUser> {
  const password = "a long test passphrase 42";
  const hash = hashes.get(password) ?? hashPassword(password);
  hashes.set(password, hash);
  const email = `${label}-${randomUUID().slice(0, 8)}@example.org`;
  const name = `${label[0]?.toUpperCase()}${label.slice(1)} ${email.slice(label.length + 1, label.length + 5)}`;
  const user = await e2eDb.user.create({ data: { email, name, role, passwordHash: await hash } });
  return { id: user.id, email, password, name, role };
}

/**
 * Signs in over plain HTTP, as a script would: GET /api/auth/csrf, then POST the credentials to
 * /api/auth/callback/credentials. Returns the response status and the session cookie, if any.
 */
export async function signInOverHttp(
  api: APIRequestContext,
  email: string,
  password: string,
  headers: Record<string, string> = {},
) {
  const csrf = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await api.post("/api/auth/callback/credentials", {
    form: { csrfToken: csrf.csrfToken, email, password, json: "true" },
    headers,
    maxRedirects: 0,
  });
  const body = (await response.json()) as { url: string };
  const error = new URL(body.url, E2E_BASE_URL).searchParams.get("error");
  const state = await api.storageState();
  const session = state.cookies.find((cookie) => cookie.name.endsWith("next-auth.session-token"));
  return { error, session };
}

/** A fresh API client with its own cookie jar, signed in as `user`. */
export async function apiSignedInAs(user: TestUser): Promise<APIRequestContext> {
  const api = await playwrightRequest.newContext({ baseURL: E2E_BASE_URL });
  const { error, session } = await signInOverHttp(api, user.email, user.password);
  if (error || !session) throw new Error(`sign-in failed for ${user.email}: ${error ?? "no session cookie"}`);
  return api;
}

/** Signs a browser context in through the API and keeps the session cookie in it. */
export async function signInBrowser(context: BrowserContext, user: TestUser): Promise<void> {
  const api = await apiSignedInAs(user);
  await context.addCookies((await api.storageState()).cookies);
  await api.dispose();
}

/** The session cookie of an API client, as a Cookie header value (to replay it later). */
export async function sessionCookieHeader(api: APIRequestContext): Promise<string> {
  const cookies = (await api.storageState()).cookies;
  return cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}

type ManifestEntry = { workers: Record<string, unknown>; filename?: string; exportedName?: string };

/** Every server action of the production build, by exported name, with a page (route pattern) that serves it. */
export function serverActions(): Map<string, { id: string; path: string }> {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, ManifestEntry>;
  };
  const actions = new Map<string, { id: string; path: string }>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (!entry.exportedName || !entry.filename?.startsWith("lib/")) continue;
    const worker = Object.keys(entry.workers).sort((a, b) => a.length - b.length)[0] ?? "app/manage/page";
    const path = worker.replace(/^app/, "").replace(/\/page$/, "") || "/";
    actions.set(entry.exportedName, { id, path });
  }
  return actions;
}

/**
 * Calls a server action the way React's client does (multipart: the form fields under `_1_`,
 * then the argument list `[previousState, $K1]`), with any cookie and Origin an attacker chooses.
 * Returns the HTTP status, the action's returned state (if it returned one) and any redirect.
 */
export async function callServerAction(
  api: APIRequestContext,
  action: { id: string; path: string },
  fields: Record<string, string>,
  headers: Record<string, string>,
  commitmentId = "none",
  slug = "none",
): Promise<{ status: number; state: Record<string, unknown> | null; redirect: string | null }> {
  // React sends the form fields first and the argument list last; the order matters to the decoder.
  const multipart = new FormData();
  for (const [key, value] of Object.entries(fields)) multipart.append(`_1_${key}`, value);
  multipart.append("0", JSON.stringify([{ status: "idle" }, "$K1"]));
  const response = await api.post(action.path.replace("[id]", commitmentId).replace("[slug]", slug), {
    multipart,
    headers: { "Next-Action": action.id, Accept: "text/x-component", ...headers },
    maxRedirects: 0,
  });
  const rows = flightRows(await response.body());
  const root = rows.get("0");
  const reference = root?.startsWith("{") ? (JSON.parse(root) as { a?: unknown }).a : undefined;
  const row = typeof reference === "string" && reference.startsWith("$@") ? rows.get(reference.slice(2)) : undefined;
  return {
    status: response.status(),
    state: row?.startsWith("{") ? (JSON.parse(row) as Record<string, unknown>) : null,
    redirect: response.headers()["x-action-redirect"] ?? null,
  };
}

/** Splits a React Flight response into its rows by id (text rows "id:T<hex byte length>," carry no newline). */
function flightRows(body: Buffer): Map<string, string> {
  const rows = new Map<string, string>();
  let index = 0;
  while (index < body.length) {
    const colon = body.indexOf(":", index);
    if (colon === -1) break;
    const id = body.subarray(index, colon).toString();
    if (body[colon + 1] === "T".charCodeAt(0)) {
      const comma = body.indexOf(",", colon);
      const length = Number.parseInt(body.subarray(colon + 2, comma).toString(), 16);
      rows.set(id, body.subarray(comma + 1, comma + 1 + length).toString());
      index = comma + 1 + length;
    } else {
      const newline = body.indexOf("\n", colon);
      const end = newline === -1 ? body.length : newline;
      rows.set(id, body.subarray(colon + 1, end).toString());
      index = end + 1;
    }
  }
  return rows;
}
