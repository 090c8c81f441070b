// An editor writing while the public reads: a user created in the benchmark database, signed in
// over HTTP like a script would, recording status changes through POST /api/manage/status.update.
import { randomUUID } from "node:crypto";
import { hashPassword } from "../../lib/auth/password";
import { todayIso } from "../../lib/calendar";
import type { createPrismaClient } from "../../lib/db/create-client";

type Db = ReturnType<typeof createPrismaClient>;

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0] ?? "");
}

export type Editor = { recordStatus: (slug: string, to: string) => Promise<number> };

export async function signInEditor(db: Db, baseUrl: string): Promise<Editor> {
  const email = `bench-editor-${randomUUID().slice(0, 8)}@example.org`;
  const password = "a long benchmark passphrase 42";
  await db.user.create({
    data: { email, name: "Bench Editor", role: "EDITOR", passwordHash: await hashPassword(password) },
  });
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  const jar = cookiesOf(csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const signIn = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = cookiesOf(signIn).filter((cookie) => cookie.includes("session-token"));
  if (session.length === 0) throw new Error(`the benchmark editor could not sign in (HTTP ${signIn.status})`);
  const cookie = [...jar, ...session].join("; ");
  return {
    async recordStatus(slug, to) {
      const commitment = await db.commitment.findUniqueOrThrow({ where: { slug } });
      const response = await fetch(`${baseUrl}/api/manage/status.update`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: baseUrl, cookie },
        body: JSON.stringify({
          commitmentId: commitment.id,
          version: commitment.version,
          field: "ASSESSMENT",
          to,
          effectiveOn: todayIso(),
          justification: `Benchmark write ${Date.now()}`,
        }),
      });
      await response.arrayBuffer();
      return response.status;
    },
  };
}
