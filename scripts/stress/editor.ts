// An editor scripting the workspace over HTTP: signs in (next-auth credentials), then records
// "Mark verified" notes through POST /api/manage/status.verify, remembering every acknowledged one.
import type { PrismaClient } from "@/lib/generated/prisma/client";

export type Editor = { cookie: string; baseUrl: string };

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((line) => line.split(";", 1)[0] ?? "");
}

/** Signs in over HTTP as a script would; the session cookie survives restarts (same secret). */
export async function signIn(baseUrl: string, email: string, password: string): Promise<Editor> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; "), origin: baseUrl },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = cookiesOf(response).find((cookie) => cookie.includes("session-token"));
  if (!session) throw new Error(`sign-in failed (${response.status})`);
  return { cookie: session, baseUrl };
}

export type WriteOutcome = { status: number | "network"; note: string };

/** One verification note on `commitmentId`, at the version the database holds now. */
export async function writeNote(
  editor: Editor,
  db: PrismaClient,
  commitmentId: string,
  note: string,
): Promise<WriteOutcome> {
  const { version } = await db.commitment.findUniqueOrThrow({ where: { id: commitmentId }, select: { version: true } });
  try {
    const response = await fetch(`${editor.baseUrl}/api/manage/status.verify`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: editor.cookie, origin: editor.baseUrl },
      body: JSON.stringify({ commitmentId, version, verifiedOn: "2024-01-01", note }),
    });
    await response.arrayBuffer();
    return { status: response.status, note };
  } catch {
    return { status: "network", note };
  }
}
