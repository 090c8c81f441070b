import { expect, test } from "./support/test";
import { message } from "../../lib/forms/messages";
import { E2E_BASE_URL } from "./support/e2e-env";
import {
  apiSignedInAs,
  callServerAction,
  createTestUser,
  e2eDb,
  serverActions,
  sessionCookieHeader,
} from "./support/auth";

const origin = { Origin: E2E_BASE_URL };

test.describe("oversized and hostile input", () => {
  test("a 10,000-character title is a validation error on the route and in the server action, never a 500", async () => {
    const editor = await createTestUser("EDITOR", "longtitle");
    const api = await apiSignedInAs(editor);
    const commitment = await e2eDb.commitment.findFirstOrThrow({ select: { id: true, version: true, title: true } });
    const fields = {
      commitmentId: commitment.id,
      version: String(commitment.version),
      title: "T".repeat(10_000),
      summary: "s",
      category: "justice",
      responsibleBody: "government",
    };

    const route = await api.post("/api/manage/commitment.update", { data: fields, headers: origin });
    expect(route.status()).toBe(422);
    expect(await route.json()).toMatchObject({
      ok: false,
      kind: "invalid",
      fieldErrors: { title: "Use at most 200 characters." },
    });

    const action = serverActions().get("updateCommitmentAction");
    if (!action) throw new Error("updateCommitmentAction missing from the build");
    const result = await callServerAction(
      api,
      action,
      fields,
      { ...origin, Cookie: await sessionCookieHeader(api) },
      commitment.id,
    );
    expect(result.status).toBe(200);
    // A server action returns the message as a token; the form puts it into the reader's language.
    expect(result.state).toMatchObject({ status: "invalid", fieldErrors: { title: message("tooLong", { max: 200 }) } });
    expect((await e2eDb.commitment.findUniqueOrThrow({ where: { id: commitment.id } })).title).toBe(commitment.title);
    await api.dispose();
  });

  test("an oversized or malformed request body is refused with a plain message", async () => {
    const editor = await createTestUser("EDITOR", "oversized");
    const api = await apiSignedInAs(editor);
    const huge = await api.post("/api/manage/status.update", {
      data: { justification: "x".repeat(200_000) },
      headers: origin,
    });
    expect(huge.status()).toBe(413);
    expect(await huge.json()).toMatchObject({ kind: "invalid", fieldErrors: { form: "The request is too large." } });
    const broken = await api.post("/api/manage/status.update", {
      data: Buffer.from("{not json"),
      headers: { ...origin, "Content-Type": "application/json" },
    });
    expect(broken.status()).toBe(400);
    await api.dispose();
  });

  test("unsafe evidence links are refused in every disguise", async () => {
    const editor = await createTestUser("EDITOR", "urls");
    const api = await apiSignedInAs(editor);
    const commitment = await e2eDb.commitment.findFirstOrThrow({ select: { id: true } });
    for (const url of [
      "javascript:alert(1)",
      " JaVaScRiPt:alert(1)",
      "java\tscript:alert(1)",
      "&#106;avascript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)",
      "file:///etc/passwd",
    ]) {
      const response = await api.post("/api/manage/evidence.add", {
        data: { commitmentId: commitment.id, url, title: "Hostile", kind: "OTHER" },
        headers: origin,
      });
      expect(response.status(), url).toBe(422);
      expect(await response.json(), url).toMatchObject({
        fieldErrors: { url: expect.stringContaining("http:// or https://") },
      });
    }
    expect(await e2eDb.evidence.count({ where: { title: "Hostile" } })).toBe(0);
    await api.dispose();
  });
});
