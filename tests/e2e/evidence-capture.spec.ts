import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { expect, test } from "./support/test";
import { fixed, startTestServer, type TestServer } from "../support/http-test-server";
import { createTestUser, e2eDb, signInBrowser } from "./support/auth";
import { E2E_CAPTURE_SERVER_PORT, E2E_DATABASE_URL } from "./support/e2e-env";

// The server under test runs with CAPTURE_ALLOW_PRIVATE_ADDRESSES=true (playwright.config.ts), so
// it may reach this spec's own page server on 127.0.0.1 and nothing else.

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Law on torture prevention</title></head>
<body><h1>Article 1</h1><p>Torture is prohibited.</p><script>document.body.dataset.ran = "yes"</script></body></html>`;

let server: TestServer;
test.beforeAll(async () => {
  server = await startTestServer(E2E_CAPTURE_SERVER_PORT);
});
test.afterAll(() => server.close());

const sha256 = (bytes: string | Buffer) => createHash("sha256").update(bytes).digest("hex");

/** `npm run evidence:check` against the end-to-end database (asynchronously: this process serves the pages). */
function runEvidenceCheck(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "--conditions=react-server", "scripts/evidence-check.ts"],
      {
        env: {
          ...process.env,
          DATABASE_URL: E2E_DATABASE_URL,
          CAPTURE_ALLOW_PRIVATE_ADDRESSES: "true",
          EVIDENCE_CHECK_HOST_DELAY_SECONDS: "0",
        },
      },
    );
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("close", (code) => resolve({ code, output }));
  });
}

test("an editor adds a link; the record page shows its capture with a SHA-256 matching the copy; once the page is removed, evidence:check marks it gone", async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  const path = `/law-${Date.now()}`;
  server.routes.set(path, fixed(PAGE));
  const url = `http://127.0.0.1:${E2E_CAPTURE_SERVER_PORT}${path}`;
  const editor = await createTestUser("EDITOR", "capture");
  await signInBrowser(context, editor);
  const slug = `e2e-capture-${Date.now()}`;
  const commitment = await e2eDb.commitment.create({
    data: {
      slug,
      title: "Prevent torture",
      summary: "s",
      category: "justice",
      responsibleBody: "government",
      isPublished: true,
      firstPublishedAt: new Date(),
    },
  });

  await page.goto(`/manage/commitments/${commitment.id}`);
  await page.getByRole("region", { name: "Evidence" }).locator("summary", { hasText: "Add evidence" }).click();
  const add = page.getByRole("form", { name: "Add evidence" });
  await add.getByLabel("Web address").fill(url);
  await add.getByLabel("Title").fill("Law on torture prevention");
  await add.getByLabel("Kind").selectOption({ label: "Law text" });
  const savedAt = Date.now();
  await add.getByRole("button", { name: "Add evidence" }).click();
  await expect(page.getByRole("status")).toHaveText("The evidence was added.");

  // Captured in the background within seconds of the save.
  await page.goto(`/en/commitments/${slug}`);
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId("evidence-capture")).toContainText("Captured on", { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  console.log(`capture shown ${((Date.now() - savedAt) / 1000).toFixed(1)} s after the save`);
  const shown = page.getByTestId("evidence-sha256");
  const fullSha = await shown.getAttribute("data-sha256");
  expect(fullSha).toBe(sha256(PAGE));
  await expect(shown).toContainText(fullSha!.slice(0, 12));
  expect(await shown.getAttribute("title")).toContain(fullSha);

  // The downloaded copy hashes to the SHA-256 the page shows (what `sha256sum` would print).
  const copyHref = await page.getByTestId("archived-copy-link").getAttribute("href");
  const download = await page.request.get(`${copyHref}?download`);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-disposition"]).toMatch(/^attachment;/);
  expect(sha256(await download.body())).toBe(fullSha);

  // Viewed in the browser, the captured HTML is inert: sandboxed, no script ran.
  const view = await page.request.get(copyHref!);
  expect(view.headers()["content-security-policy"]).toMatch(/sandbox/);
  expect(view.headers()["x-content-type-options"]).toBe("nosniff");
  await page.goto(copyHref!);
  await expect(page.getByRole("heading", { name: "Article 1" })).toBeVisible();
  expect(await page.evaluate(() => document.body.dataset.ran ?? "no")).toBe("no");

  // The page disappears from the source site; the watcher marks the link gone.
  server.routes.delete(path);
  const check = await runEvidenceCheck();
  expect(check.output).toMatch(/Link checks: .*gone/);
  expect(check.code).toBe(0);

  await page.goto(`/en/commitments/${slug}`);
  await expect(page.getByTestId("evidence-link-note")).toContainText(
    "The original page no longer exists — archived copy from",
  );
  await expect(page.getByTestId("archived-copy-link")).toHaveAttribute("href", copyHref!);
  expect((await page.request.get(copyHref!)).status()).toBe(200);

  await page.goto(`/ru/commitments/${slug}`);
  await expect(page.getByTestId("evidence-link-note")).toContainText("Исходной страницы больше нет");
  await page.goto(`/kk/commitments/${slug}`);
  await expect(page.getByTestId("evidence-link-note")).toContainText("Түпнұсқа бет енді жоқ");

  const api = await (await page.request.get(`/api/v1/commitments/${slug}`)).json();
  expect(api.data.evidence[0].capture).toMatchObject({
    status: "captured",
    sha256: fullSha,
    content_type: "text/html; charset=utf-8",
    size: Buffer.byteLength(PAGE),
    link_status: "gone",
  });
  expect(api.data.evidence[0].capture.archived_url).toMatch(new RegExp(`${copyHref}$`));

  await page.goto("/manage");
  await expect(page.getByTestId("evidence-attention")).toContainText("Law on torture prevention");
  await expect(page.getByTestId("evidence-attention")).toContainText("Prevent torture");
});

test("a link to a private address gets a clear recorded reason and no copy; the save itself succeeds", async ({
  page,
  context,
}) => {
  const editor = await createTestUser("EDITOR", "capture-refused");
  await signInBrowser(context, editor);
  const commitment = await e2eDb.commitment.create({
    data: {
      slug: `e2e-refused-${Date.now()}`,
      title: "Refused target",
      summary: "s",
      category: "justice",
      responsibleBody: "government",
    },
  });
  await page.goto(`/manage/commitments/${commitment.id}`);
  await page.getByRole("region", { name: "Evidence" }).locator("summary", { hasText: "Add evidence" }).click();
  const add = page.getByRole("form", { name: "Add evidence" });
  await add.getByLabel("Web address").fill("http://169.254.169.254/latest/meta-data/");
  await add.getByLabel("Title").fill("Metadata");
  await add.getByLabel("Kind").selectOption({ label: "Other" });
  await add.getByRole("button", { name: "Add evidence" }).click();
  await expect(page.getByRole("status")).toHaveText("The evidence was added.");
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId("capture-status")).toContainText("private or internal network", { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  const evidence = await e2eDb.evidence.findFirstOrThrow({ where: { commitmentId: commitment.id } });
  expect(
    await e2eDb.evidenceCapture.findMany({
      where: { evidenceId: evidence.id },
      select: { outcome: true, reason: true, sha256: true },
    }),
  ).toEqual([{ outcome: "REFUSED", reason: "refused-address", sha256: null }]);
});
