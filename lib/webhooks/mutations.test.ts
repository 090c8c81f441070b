import { createHmac, timingSafeEqual } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { currentInstant } from "@/lib/calendar";
import { updateCommitmentStatus } from "@/lib/publishing/mutations";
import { statusUpdateSchema } from "@/lib/statuses/schema";
import { MAX_ATTEMPTS, RETRY_DELAYS_MS } from "@/lib/notifications/deliver";
import { runNotifyWork } from "@/lib/notifications/worker";
import { createWebhook, removeWebhook } from "./mutations";
import { createWebhookSchema } from "./schema";

// Signed webhooks against a real local HTTP receiver: the documented signature recipe, the
// address rules shared with evidence fetching, and receivers that fail or hang (contained).

type Received = { headers: http.IncomingHttpHeaders; body: string; path: string };
let received: Received[] = [];
let mode: Record<string, "ok" | "fail" | "hang"> = {};
let receiver: http.Server;
let base = "";
let adminId = "";
const hanging = new Set<http.ServerResponse>();

beforeAll(async () => {
  process.env.CAPTURE_ALLOW_PRIVATE_ADDRESSES = "true";
  process.env.WEBHOOK_TIMEOUT_SECONDS = "1";
  delete process.env.SMTP_URL;
  receiver = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const path = request.url ?? "/";
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString("utf8"), path });
      const behaviour = mode[path] ?? "ok";
      if (behaviour === "hang") return void hanging.add(response);
      response.writeHead(behaviour === "ok" ? 204 : 500).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  adminId = (
    await db.user.create({
      data: { email: `admin-${Date.now()}@example.org`, name: "Admin", passwordHash: "x", role: "ADMIN" },
    })
  ).id;
});
afterAll(async () => {
  for (const response of hanging) response.destroy();
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
  await db.$disconnect();
});
beforeEach(async () => {
  received = [];
  mode = {};
  // Each test starts with no receivers of earlier tests.
  await db.webhook.updateMany({ data: { isActive: false } });
});

let counter = 0;
async function publishedCommitment() {
  counter += 1;
  return db.commitment.create({
    data: {
      slug: `hook-${counter}-${Date.now()}`,
      title: "Ratify OPCAT",
      summary: "s",
      category: "torture",
      responsibleBody: "parliament",
      isPublished: true,
    },
  });
}
const changeStatus = (commitmentId: string, version: number, to: string) =>
  updateCommitmentStatus(
    statusUpdateSchema.parse({
      commitmentId,
      version,
      field: "OFFICIAL_CLAIM",
      to,
      effectiveOn: "2024-03-01",
      justification: "Decree.",
    }),
    adminId,
  );

async function register(path: string) {
  const result = await createWebhook(createWebhookSchema.parse({ url: `${base}${path}` }), adminId);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.value;
}

/** The README's recipe, written as a partner would: split the header, HMAC "<t>.<raw body>", compare. */
function partnerVerifies(secret: string, rawBody: string, header: string, nowSeconds: number): boolean {
  const fields = new Map(header.split(",").map((part) => part.split("=") as [string, string]));
  const t = fields.get("t") ?? "";
  const expected = createHmac("sha256", secret).update(`${t}.${rawBody}`).digest("hex");
  const given = fields.get("v1") ?? "";
  return (
    Math.abs(nowSeconds - Number(t)) <= 300 &&
    given.length === expected.length &&
    timingSafeEqual(Buffer.from(given), Buffer.from(expected))
  );
}

describe("webhooks", () => {
  it("registers a receiver (webhook.create answers id and secret) and POSTs a signed change that verifies", async () => {
    const created = await register("/ok");
    expect(created).toEqual({ id: expect.any(String), secret: expect.stringMatching(/^whsec_[A-Za-z0-9_-]{32}$/) });
    const commitment = await publishedCommitment();
    expect((await changeStatus(commitment.id, 1, "ADOPTED")).ok).toBe(true);
    await runNotifyWork();
    expect(received).toHaveLength(1);
    const delivery = received[0]!;
    expect(delivery.headers["content-type"]).toBe("application/json");
    const header = String(delivery.headers["uade-signature"]);
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(partnerVerifies(created.secret, delivery.body, header, Math.floor(Date.now() / 1000))).toBe(true);
    expect(
      partnerVerifies(
        created.secret,
        delivery.body.replace("ADOPTED", "PLANNED"),
        header,
        Math.floor(Date.now() / 1000),
      ),
    ).toBe(false);
    expect(partnerVerifies("whsec_wrong", delivery.body, header, Math.floor(Date.now() / 1000))).toBe(false);
    expect(JSON.parse(delivery.body)).toMatchObject({
      type: "status.changed",
      slug: commitment.slug,
      field: "official_claim",
      from: "NO_CLAIM",
      to: "ADOPTED",
      effective_on: "2024-03-01",
    });
    const log = await db.delivery.findFirstOrThrow({ where: { webhookId: created.id } });
    expect(log).toMatchObject({ state: "SENT", attempts: 1, lastStatus: 204 });
    // A second run sends nothing again.
    await runNotifyWork();
    expect(received).toHaveLength(1);
  });

  it("refuses receivers at loopback or private addresses when private addresses are not allowed", async () => {
    process.env.CAPTURE_ALLOW_PRIVATE_ADDRESSES = "false";
    try {
      for (const url of [
        "http://127.0.0.1:3125/hook",
        "http://10.0.0.1/hook",
        "http://10.255.1.2:8080/x",
        "http://192.168.1.1/",
        "http://169.254.169.254/latest",
        "http://[::1]/hook",
        "http://localhost/hook",
        "http://0.0.0.0/",
      ]) {
        const result = await createWebhook(createWebhookSchema.parse({ url }), adminId);
        expect(result, url).toEqual({ ok: false, kind: "invalid", fieldErrors: { url: "msg:webhookAddressRefused" } });
      }
      expect(createWebhookSchema.safeParse({ url: "javascript:alert(1)" }).success).toBe(false);
      expect(createWebhookSchema.safeParse({ url: "http://user:pw@example.org/" }).success).toBe(false);
      expect((await createWebhook(createWebhookSchema.parse({ url: "https://93.184.216.34/hook" }), adminId)).ok).toBe(
        true,
      );
    } finally {
      process.env.CAPTURE_ALLOW_PRIVATE_ADDRESSES = "true";
    }
    expect(await db.webhook.count({ where: { url: { contains: "10.0.0.1" } } })).toBe(0);
  });

  it("retries a receiver that answers 500 forever with growing delays, then gives up; others are not delayed", async () => {
    await register("/fails");
    await register("/ok");
    mode["/fails"] = "fail";
    const commitment = await publishedCommitment();
    await changeStatus(commitment.id, 1, "PLANNED");
    let now = currentInstant();
    await runNotifyWork(now);
    expect(received.map((item) => item.path).sort()).toEqual(["/fails", "/ok"]);
    const failing = () =>
      db.delivery.findFirstOrThrow({
        where: { kind: "webhook", payload: { contains: commitment.slug }, lastStatus: { not: 204 } },
      });
    let row = await failing();
    expect(row).toMatchObject({ state: "PENDING", attempts: 1, lastStatus: 500 });
    expect(row.nextAttemptAt.getTime() - now.getTime()).toBe(RETRY_DELAYS_MS[0]);
    // Not due yet: nothing is sent.
    await runNotifyWork(new Date(now.getTime() + 1000));
    expect(received.filter((item) => item.path === "/fails")).toHaveLength(1);
    for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt += 1) {
      now = new Date(row.nextAttemptAt.getTime());
      await runNotifyWork(now);
      row = await failing();
      expect(row.attempts).toBe(attempt);
    }
    expect(row.state).toBe("FAILED");
    await runNotifyWork(new Date(now.getTime() + 365 * 86_400_000));
    expect(received.filter((item) => item.path === "/fails")).toHaveLength(MAX_ATTEMPTS);
    expect(received.filter((item) => item.path === "/ok")).toHaveLength(1);
  });

  it("contains a receiver that hangs: the save returns at once, the POST times out and waits for a retry", async () => {
    await register("/hangs");
    mode["/hangs"] = "hang";
    const commitment = await publishedCommitment();
    const started = performance.now();
    expect((await changeStatus(commitment.id, 1, "ANNOUNCED")).ok).toBe(true);
    expect(performance.now() - started).toBeLessThan(1000);
    await runNotifyWork();
    const row = await db.delivery.findFirstOrThrow({
      where: { kind: "webhook", payload: { contains: commitment.slug } },
    });
    expect(row).toMatchObject({ state: "PENDING", attempts: 1, lastError: "timeout" });
  });

  it("sends one POST when two workers run at once, and none after the receiver is removed", async () => {
    const created = await register("/race");
    const commitment = await publishedCommitment();
    await changeStatus(commitment.id, 1, "IN_PROGRESS");
    await Promise.all([runNotifyWork(), runNotifyWork(), runNotifyWork()]);
    expect(received.filter((item) => item.path === "/race")).toHaveLength(1);
    expect((await removeWebhook({ webhookId: created.id }, adminId)).ok).toBe(true);
    await changeStatus(commitment.id, 2, "ADOPTED");
    await runNotifyWork();
    expect(received.filter((item) => item.path === "/race")).toHaveLength(1);
  });
});
