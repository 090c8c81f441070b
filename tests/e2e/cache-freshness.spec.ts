import { expect, test } from "./support/test";
import { apiSignedInAs, createTestUser, e2eDb, sessionCookieHeader, signInBrowser } from "./support/auth";
import { E2E_BASE_URL } from "./support/e2e-env";
import { createPublicFixtures } from "./support/fixtures";
import { startSecondServer, type SecondServer } from "./support/second-server";

// The response cache is never stale: an editor's write through the workspace, the API or the
// import, made on one app process, shows on the very next public read from a second process on
// the same database file — whose cache was warm. Each cached answer is compared with a fresh
// render (a next-auth cookie makes the server bypass its cache): not one byte may differ
// (HTML is compared without its <script> elements, whose streamed chunks come in render order,
// and with each tag's attributes sorted).

test.describe.configure({ timeout: 120_000 });

let second: SecondServer;
test.beforeAll(async () => {
  second = await startSecondServer();
});
test.afterAll(async () => {
  await second?.stop();
});

type Answer = { status: number; cache: string | null; body: string };

async function read(base: string, address: string, bypass = false): Promise<Answer> {
  const response = await fetch(`${base}${address}`, {
    headers: bypass ? { cookie: "next-auth.csrf-token=bypass" } : {},
  });
  const body = await response.text();
  return { status: response.status, cache: response.headers.get("x-uade-cache"), body };
}

// React may write a tag's attributes in either order (a preload met through the RSC stream or
// through the element), so each tag's attributes are compared as a sorted set.
const sortAttributes = (tag: string) =>
  tag.replace(
    /^<([a-zA-Z][\w-]*)((?:\s+[^\s=/>]+(?:="[^"]*")?)*)\s*(\/?)>$/,
    (_whole, name: string, attributes: string, slash: string) => {
      const sorted = (attributes.match(/[^\s=/>]+(?:="[^"]*")?/g) ?? []).sort();
      return `<${name}${sorted.map((attribute) => ` ${attribute}`).join("")}${slash}>`;
    },
  );
const comparable = (answer: Answer) =>
  answer.body.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "").replace(/<[a-zA-Z][^<>]*>/g, sortAttributes);

/** Where two bodies first differ, with some context from each: a failure says what was stale. */
function firstDifference(cached: string, fresh: string): string {
  let at = 0;
  while (at < cached.length && at < fresh.length && cached[at] === fresh[at]) at += 1;
  if (at === cached.length && at === fresh.length) return "no difference";
  const excerpt = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 120), at + 200));
  return `first difference at character ${at}\n  cached: ${excerpt(cached)}\n  fresh:  ${excerpt(fresh)}`;
}

test("a write through the workspace, the API and the import shows on the next read from another process", async ({
  page,
  context,
}) => {
  const suffix = `fresh${Date.now()}`;
  const { published } = await createPublicFixtures(e2eDb, suffix);
  const slug = published.slug;
  const addresses = [
    `/en/commitments/${slug}`,
    `/ru/commitments?q=${suffix}`,
    `/en`,
    `/api/v1/commitments/${slug}`,
    `/api/v1/commitments?q=${suffix}`,
    `/export/commitments.csv?q=${suffix}`,
    `/commitments/${slug}/feed.xml`,
    `/feed.xml`,
  ];

  /** Every address from the second process: cached, and equal to a fresh render. */
  async function expectFreshEverywhere(when: string, expected: RegExp) {
    for (const address of addresses) {
      // Evidence captures run in the background after a save and write their outcome (a public
      // change, so it bumps the version). When such a write lands between the cached read and the
      // fresh render, the cache was right for the version it served: the next read is then a miss,
      // and the comparison is made again. A cached answer that differs from a fresh render while
      // the version stayed the same (the next read still a hit) fails at once: that is staleness.
      for (let attempt = 1; ; attempt += 1) {
        const cached = await read(second.baseUrl, address);
        const again = await read(second.baseUrl, address);
        const fresh = await read(second.baseUrl, address, true);
        const after = await read(second.baseUrl, address);
        expect(cached.status, `${when}: ${address}`).toBe(200);
        if (attempt === 1) expect(cached.cache, `${when}: ${address} is rendered anew after the write`).toBe("miss");
        const isRaced = again.cache !== "hit" || (comparable(again) !== comparable(fresh) && after.cache === "miss");
        if (isRaced && attempt < 5) continue;
        expect(again.cache, `${when}: ${address} is answered by the cache`).toBe("hit");
        const difference = firstDifference(comparable(again), comparable(fresh));
        expect(difference, `${when}: ${address} equals a fresh render (attempt ${attempt})`).toBe("no difference");
        break;
      }
    }
    expect((await read(second.baseUrl, `/api/v1/commitments/${slug}`)).body).toMatch(expected);
    expect((await read(second.baseUrl, `/export/commitments.csv?q=${suffix}`)).body).toMatch(expected);
  }

  await expectFreshEverywhere("before any write", /PARTIALLY_IMPLEMENTED/);

  // 1. The workspace (a server action on the first process).
  const editor = await createTestUser("EDITOR", "fresh");
  await signInBrowser(context, editor);
  await page.goto(`/manage/commitments/${published.id}`);
  const status = page.getByRole("form", { name: "Update status" });
  await status.getByLabel("New status").selectOption({ label: "Stalled" });
  await status.getByLabel("Reason").selectOption({ label: "Blocked by parliament" });
  await status.getByLabel("Effective date").fill("2025-06-01");
  await status.getByLabel("Justification").fill(`Stalled in committee ${suffix}`);
  await status.getByRole("button", { name: "Record status change" }).click();
  // A server action on a shared, busy machine can take longer than the default 5 s.
  await expect(page.getByRole("status")).toHaveText("The status change was recorded.", { timeout: 20_000 });
  await expectFreshEverywhere("after the workspace write", /STALLED/);
  expect((await read(second.baseUrl, `/en/commitments/${slug}`)).body).toContain(`Stalled in committee ${suffix}`);

  // 2. The JSON API.
  const api = await apiSignedInAs(editor);
  const current = await e2eDb.commitment.findUniqueOrThrow({ where: { id: published.id } });
  const written = await api.post("/api/manage/status.update", {
    data: {
      commitmentId: published.id,
      version: current.version,
      field: "ASSESSMENT",
      to: "IN_PROGRESS",
      effectiveOn: "2025-07-01",
      justification: `Moving again ${suffix}`,
    },
    headers: { Origin: E2E_BASE_URL },
  });
  expect(written.status()).toBe(200);
  await api.dispose();
  await expectFreshEverywhere("after the API write", /IN_PROGRESS/);

  // 3. The import.
  const csv = `slug,field,new_value,effective_on,justification,evidence_urls\n${slug},ASSESSMENT,IMPLEMENTED,2025-08-01,Delivered ${suffix},https://adilet.zan.kz/eng/docs/${suffix}\n`;
  await page.goto("/manage/import");
  await page.getByLabel(/Status changes/).check();
  await page
    .getByLabel("CSV file")
    .setInputFiles({ name: "statuses.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  await page.getByRole("button", { name: "Preview the import" }).click();
  await page.getByRole("button", { name: "Apply 1 change" }).click();
  await expect(page.getByTestId("import-applied")).toBeVisible({ timeout: 20_000 });
  await expectFreshEverywhere("after the import", /"IMPLEMENTED"|,IMPLEMENTED,/);
});

test("curl -I shows validators on a public page and no-store on the workspace", async () => {
  const publicPage = await fetch(`${second.baseUrl}/ru`, { method: "HEAD" });
  expect(publicPage.headers.get("etag")).toMatch(/^"/);
  expect(publicPage.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
  const notModified = await fetch(`${second.baseUrl}/ru`, {
    headers: { "if-none-match": publicPage.headers.get("etag") ?? "" },
  });
  expect(notModified.status).toBe(304);
  const workspace = await fetch(`${second.baseUrl}/manage`, { method: "HEAD", redirect: "manual" });
  expect(workspace.headers.get("cache-control")).toBe("private, no-store");
});

test("a session signed in on one instance works on the other, and a write through the other is audited as that person", async () => {
  const editor = await createTestUser("EDITOR", "twoinstances");
  const api = await apiSignedInAs(editor);
  const cookie = await sessionCookieHeader(api);
  await api.dispose();
  const suffix = `session${Date.now()}`;
  const { published } = await createPublicFixtures(e2eDb, suffix);
  const workspace = await fetch(`${second.baseUrl}/en/manage/commitments/${published.id}`, {
    headers: { cookie },
    redirect: "manual",
  });
  expect(workspace.status).toBe(200);
  const saved = await fetch(`${second.baseUrl}/api/manage/status.update`, {
    method: "POST",
    headers: { cookie, "content-type": "application/json", origin: second.baseUrl },
    body: JSON.stringify({
      commitmentId: published.id,
      version: published.version,
      field: "ASSESSMENT",
      to: "STALLED",
      effectiveOn: "2025-06-01",
      justification: `Saved through the second instance ${suffix}`,
    }),
  });
  expect(saved.status).toBe(200);
  const change = await e2eDb.statusChange.findFirstOrThrow({
    where: { commitmentId: published.id, justification: `Saved through the second instance ${suffix}` },
  });
  expect(change.recordedById).toBe(editor.id);
  // Without the cookie the same address sends a reader to sign in.
  const anonymous = await fetch(`${second.baseUrl}/en/manage/commitments/${published.id}`, { redirect: "manual" });
  expect(anonymous.status).toBeGreaterThanOrEqual(300);
  expect(anonymous.status).toBeLessThan(400);
});
