import { createHmac, timingSafeEqual } from "node:crypto";
import http from "node:http";
import { expect, request as playwrightRequest, test } from "./support/test";
import { startSmtpTestServer, type SmtpTestServer } from "../support/smtp-test-server";
import { apiSignedInAs, createTestUser, e2eDb, signInBrowser } from "./support/auth";
import { E2E_BASE_URL, E2E_SMTP_PORT, E2E_WEBHOOK_RECEIVER_PORT } from "./support/e2e-env";

// Issue 16's "done when": a reader follows a commitment in Russian, confirms by the mailed link,
// gets one email when the commitment changes and unsubscribes with one click (in a browser with
// JavaScript off); a partner's receiver gets a signed webhook that verifies with the README recipe.
// The server under test sends mail to this spec's SMTP server (playwright.config.ts).

let smtp: SmtpTestServer;
let receiver: http.Server;
const hooks: { body: string; signature: string }[] = [];

test.beforeAll(async () => {
  smtp = await startSmtpTestServer(E2E_SMTP_PORT);
  receiver = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      hooks.push({
        body: Buffer.concat(chunks).toString("utf8"),
        signature: String(request.headers["uade-signature"] ?? ""),
      });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(E2E_WEBHOOK_RECEIVER_PORT, "127.0.0.1", resolve));
});
test.afterAll(async () => {
  await smtp.close();
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});

const origin = { Origin: E2E_BASE_URL };
const mailsTo = (address: string) => smtp.mails.filter((mail) => mail.to.includes(address));

test("a reader follows a commitment, confirms by link, gets one Russian email per change and unsubscribes without JavaScript; a partner gets a signed webhook", async ({
  page,
  browser,
}) => {
  test.setTimeout(60_000);
  const suffix = `${Date.now()}`;
  const email = `follower-${suffix}@example.org`;
  const commitment = await e2eDb.commitment.create({
    data: {
      slug: `notify-${suffix}`,
      title: "Abolish exit visas",
      summary: "s",
      category: "civic-freedoms",
      responsibleBody: "government",
      isPublished: true,
      firstPublishedAt: new Date(),
      translations: { create: { locale: "ru", title: `Отменить выездные визы ${suffix}`, summary: "с" } },
    },
  });
  const admin = await createTestUser("ADMIN", "notify");
  const api = await apiSignedInAs(admin);
  const hook = await api.post("/api/manage/webhook.create", {
    data: { url: `http://127.0.0.1:${E2E_WEBHOOK_RECEIVER_PORT}/uade` },
    headers: origin,
  });
  expect(hook.status()).toBe(200);
  const { value: webhook } = (await hook.json()) as { ok: true; value: { id: string; secret: string } };

  await page.goto(`/ru/commitments/${commitment.slug}`);
  await page.getByTestId("follow-link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Подписка по электронной почте");
  await page.getByLabel("Ваш адрес электронной почты").fill(email);
  await page.getByRole("button", { name: "Подписаться" }).click();
  await expect(page.getByTestId("follow-outcome")).toContainText("отправлено письмо с подтверждением");

  await expect.poll(() => mailsTo(email).length, { timeout: 15_000 }).toBe(1);
  const confirmLink =
    /https?:\/\/\S+\/ru\/follow\/confirm\?token=[A-Za-z0-9_-]{43}/.exec(mailsTo(email)[0]!.text)?.[0] ?? "";
  expect(confirmLink).not.toBe("");
  await page.goto(confirmLink);
  await page.getByRole("button", { name: "Да, присылайте новости" }).click();
  await expect(page.getByTestId("follow-outcome")).toHaveText(
    "Подтверждено. Вы получите письмо, когда изменится статус.",
  );

  const change = await api.post("/api/manage/status.update", {
    data: {
      commitmentId: commitment.id,
      version: commitment.version,
      field: "OFFICIAL_CLAIM",
      to: "ADOPTED",
      effectiveOn: "2024-05-02",
      justification: "Закон подписан.",
    },
    headers: origin,
  });
  expect(change.status()).toBe(200);
  await expect.poll(() => mailsTo(email).length, { timeout: 15_000 }).toBe(2);
  const mail = mailsTo(email)[1]!;
  expect(mail.subject).toContain(`Отменить выездные визы ${suffix}`);
  expect(mail.text).toContain("Официальная позиция: «Нет заявлений» → «Принято»");
  expect(mail.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");

  await expect
    .poll(() => hooks.filter((item) => item.body.includes(commitment.slug)).length, { timeout: 15_000 })
    .toBe(1);
  const delivered = hooks.find((item) => item.body.includes(commitment.slug))!;
  const [t, v1] = delivered.signature.split(",").map((part) => part.split("=")[1] ?? "");
  const expected = createHmac("sha256", webhook.secret).update(`${t}.${delivered.body}`).digest("hex");
  expect(timingSafeEqual(Buffer.from(v1!), Buffer.from(expected))).toBe(true);
  expect(JSON.parse(delivered.body)).toMatchObject({
    slug: commitment.slug,
    field: "official_claim",
    from: "NO_CLAIM",
    to: "ADOPTED",
    effective_on: "2024-05-02",
  });

  // The text's unsubscribe link, in a browser without JavaScript and without a session.
  const unsubscribeLink = /https?:\/\/\S+\/ru\/unsubscribe\?token=[A-Za-z0-9_-]{43}/.exec(mail.text)?.[0] ?? "";
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto(unsubscribeLink);
  await plain.getByRole("button", { name: "Отписаться" }).click();
  await expect(plain.getByTestId("follow-outcome")).toContainText("Вы отписались");
  await noScript.close();
  expect(await e2eDb.subscription.count({ where: { email } })).toBe(0);
  // The header's one-click address (RFC 8058) is now spent: a replay changes nothing.
  const oneClick = /^<(.+)>$/.exec(mail.headers["list-unsubscribe"] ?? "")?.[1] ?? "";
  const anonymous = await playwrightRequest.newContext();
  const replay = await anonymous.post(oneClick, { form: { "List-Unsubscribe": "One-Click" } });
  expect(replay.status()).toBe(404);
  await anonymous.dispose();

  const again = await api.post("/api/manage/status.update", {
    data: {
      commitmentId: commitment.id,
      version: commitment.version + 1,
      field: "OFFICIAL_CLAIM",
      to: "IN_PROGRESS",
      effectiveOn: "2024-05-03",
      justification: "Вступил в силу.",
    },
    headers: origin,
  });
  expect(again.status()).toBe(200);
  await expect
    .poll(() => hooks.filter((item) => item.body.includes(commitment.slug)).length, { timeout: 15_000 })
    .toBe(2);
  expect(mailsTo(email)).toHaveLength(2);
  await api.dispose();
});

test("the workspace says whether email is set up, and a webhook at a private address is refused in words", async ({
  page,
  context,
}) => {
  const admin = await createTestUser("ADMIN", "notify-ws");
  await signInBrowser(context, admin);
  await page.goto("/en/manage/webhooks");
  await expect(page.getByTestId("mail-status")).toHaveText(
    "Email notifications are on: followers and editors are told of status changes.",
  );
  await page.getByLabel("Receiver address (https://…)").fill("http://192.168.0.10/hook");
  await page.getByRole("button", { name: "Add webhook" }).click();
  await expect(page.getByText("webhooks may not point at this server's own network")).toBeVisible();
  const api = await apiSignedInAs(admin);
  const refused = await api.post("/api/manage/webhook.create", {
    data: { url: "http://10.1.2.3/hook" },
    headers: origin,
  });
  expect(refused.status()).toBe(422);
  expect(((await refused.json()) as { fieldErrors: { url: string } }).fieldErrors.url).toContain("private");
  await api.dispose();
});
