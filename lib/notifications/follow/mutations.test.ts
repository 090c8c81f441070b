import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { updateCommitmentStatus } from "@/lib/publishing/mutations";
import { statusUpdateSchema } from "@/lib/statuses/schema";
import { startSmtpTestServer, type SmtpTestServer } from "@/tests/support/smtp-test-server";
import { followSchema } from "../schema";
import { runNotifyWork } from "../worker";
import { hashToken } from "../tokens";
import { confirmFollow, requestFollow, unsubscribe } from "./mutations";
import { POST as unsubscribePost } from "@/app/api/notifications/unsubscribe/route";

// Follow by email end to end against a real SMTP server: double opt-in, one mail in Russian per
// change, one-click unsubscribe, and the bad input of issue 16.

let smtp: SmtpTestServer;
let editorId = "";

beforeAll(async () => {
  smtp = await startSmtpTestServer();
  process.env.SMTP_URL = smtp.url;
  process.env.MAIL_FROM = "Uade <uade@example.org>";
  process.env.NEXTAUTH_SECRET = "test-secret-that-is-long-enough-0123456789abcdef";
  process.env.NEXTAUTH_URL = "https://uade.example.org";
  editorId = (
    await db.user.create({ data: { email: `editor-${Date.now()}@example.org`, name: "Editor", passwordHash: "x" } })
  ).id;
});
afterAll(async () => {
  await smtp.close();
  delete process.env.SMTP_URL;
  await db.$disconnect();
});
beforeEach(() => {
  smtp.mails.length = 0;
});

let counter = 0;
async function publishedCommitment() {
  counter += 1;
  return db.commitment.create({
    data: {
      slug: `follow-${counter}-${Date.now()}`,
      title: "Abolish the death penalty",
      summary: "s",
      category: "death-penalty",
      responsibleBody: "parliament",
      isPublished: true,
      translations: { create: { locale: "ru", title: "Отменить смертную казнь", summary: "с" } },
    },
  });
}

const follow = (fields: Record<string, unknown>) =>
  followSchema.parse({ locale: "ru", scope: "COMMITMENT", frequency: "IMMEDIATE", ...fields });
const linkToken = (text: string, path: string) =>
  new RegExp(`${path}\\?token=([A-Za-z0-9_-]{43})`).exec(text)?.[1] ?? "";

async function changeStatus(commitmentId: string, version: number, to: string) {
  return updateCommitmentStatus(
    statusUpdateSchema.parse({
      commitmentId,
      version,
      field: "OFFICIAL_CLAIM",
      to,
      effectiveOn: "2024-01-15",
      justification: "Law signed.",
    }),
    editorId,
  );
}

describe("following a commitment by email", () => {
  it("confirms by link, gets one mail in Russian per change, and unsubscribes with one click", async () => {
    const commitment = await publishedCommitment();
    expect(await requestFollow(follow({ email: "Reader@Example.org", commitment: commitment.slug }))).toBe("sent");
    await runNotifyWork();
    expect(smtp.mails).toHaveLength(1);
    const confirmation = smtp.mails[0]!;
    expect(confirmation.to).toEqual(["reader@example.org"]);
    expect(confirmation.subject).toBe("Подтвердите подписку на новости Uade");
    const confirmToken = linkToken(confirmation.text, "/ru/follow/confirm");
    expect(confirmToken).not.toBe("");
    // Only hashes are stored: neither token appears anywhere in the row.
    const row = await db.subscription.findFirstOrThrow({ where: { email: "reader@example.org" } });
    expect(JSON.stringify(row)).not.toContain(confirmToken);
    expect(row.confirmTokenHash).toBe(hashToken(confirmToken));

    // Before confirmation, a change tells no one.
    expect((await changeStatus(commitment.id, 1, "ANNOUNCED")).ok).toBe(true);
    await runNotifyWork();
    expect(smtp.mails).toHaveLength(1);

    expect(await confirmFollow(confirmToken)).toBe("done");
    expect(await confirmFollow(confirmToken)).toBe("already");
    smtp.mails.length = 0;
    expect((await changeStatus(commitment.id, 2, "ADOPTED")).ok).toBe(true);
    await runNotifyWork();
    await runNotifyWork();
    expect(smtp.mails).toHaveLength(1);
    const mail = smtp.mails[0]!;
    expect(mail.subject).toContain("Отменить смертную казнь");
    expect(mail.subject).toContain("«Принято»");
    expect(mail.text).toContain("«Объявлено» → «Принято»");
    expect(mail.headers["content-language"]).toBe("ru");
    expect(mail.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    const unsubscribeUrl = /^<(.+)>$/.exec(mail.headers["list-unsubscribe"] ?? "")?.[1] ?? "";
    expect(unsubscribeUrl).toMatch(/^https:\/\/uade\.example\.org\/api\/notifications\/unsubscribe\?token=/);

    // RFC 8058: the mail program POSTs "List-Unsubscribe=One-Click" to that address, no session, no JavaScript.
    const oneClick = await unsubscribePost(
      new Request(unsubscribeUrl, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "List-Unsubscribe=One-Click",
      }),
    );
    expect(oneClick.status).toBe(200);
    expect(await db.subscription.count({ where: { email: "reader@example.org" } })).toBe(0);
    // A replay finds nothing and changes nothing.
    const replay = await unsubscribePost(
      new Request(unsubscribeUrl, { method: "POST", body: "List-Unsubscribe=One-Click" }),
    );
    expect(replay.status).toBe(404);

    smtp.mails.length = 0;
    expect((await changeStatus(commitment.id, 3, "IN_PROGRESS")).ok).toBe(true);
    await runNotifyWork();
    expect(smtp.mails).toHaveLength(0);
  });

  it("tells no one of a change that rolls back", async () => {
    const commitment = await publishedCommitment();
    await requestFollow(follow({ email: "rollback@example.org", commitment: commitment.slug }));
    await runNotifyWork();
    expect(await confirmFollow(linkToken(smtp.mails[0]!.text, "/ru/follow/confirm"))).toBe("done");
    const events = await db.notificationEvent.count();
    // Unchanged status: the write core refuses it after the version claim, and everything rolls back.
    const result = await changeStatus(commitment.id, 1, "NO_CLAIM");
    expect(result.ok).toBe(false);
    expect(await db.notificationEvent.count()).toBe(events);
    smtp.mails.length = 0;
    await runNotifyWork();
    expect(smtp.mails).toHaveLength(0);
  });

  it("sends one mail when two workers run at once", async () => {
    const commitment = await publishedCommitment();
    await requestFollow(follow({ email: "race@example.org", commitment: commitment.slug }));
    await Promise.all([runNotifyWork(), runNotifyWork()]);
    expect(smtp.mails.filter((mail) => mail.to.includes("race@example.org"))).toHaveLength(1);
    expect(await confirmFollow(linkToken(smtp.mails[0]!.text, "/ru/follow/confirm"))).toBe("done");
    smtp.mails.length = 0;
    await changeStatus(commitment.id, 1, "PLANNED");
    await Promise.all([runNotifyWork(), runNotifyWork(), runNotifyWork()]);
    expect(smtp.mails.filter((mail) => mail.to.includes("race@example.org"))).toHaveLength(1);
  });
});

describe("bad input", () => {
  it("refuses a follow address with a header injection", () => {
    for (const email of [
      "a@b.org\r\nBcc: victim@example.org",
      "a@b.org\nBcc:x@y.org",
      "a@b.org, c@d.org",
      "a@b.org\u2028",
    ]) {
      const result = followSchema.safeParse({ email, locale: "ru", scope: "ALL", frequency: "IMMEDIATE" });
      expect(result.success, JSON.stringify(email)).toBe(false);
      expect(result.error?.issues[0]?.message).toBe("email");
    }
  });

  it("sends one confirmation for 1,000 follow requests for one address in a minute", async () => {
    const commitment = await publishedCommitment();
    const input = follow({ email: "flood@example.org", commitment: commitment.slug });
    // Twenty waves of fifty requests at once: a flood from a script, not one request a minute.
    const outcomes: string[] = [];
    for (let wave = 0; wave < 20; wave += 1)
      outcomes.push(...(await Promise.all(Array.from({ length: 50 }, () => requestFollow(input)))));
    expect(outcomes).toHaveLength(1000);
    expect(new Set(outcomes)).toEqual(new Set(["sent"]));
    expect(await db.subscription.count({ where: { email: "flood@example.org" } })).toBe(1);
    await runNotifyWork();
    expect(smtp.mails.filter((mail) => mail.to.includes("flood@example.org"))).toHaveLength(1);
  }, 60_000);

  it("limits confirmation mail to one address across many things asked for", async () => {
    const outcomes: string[] = [];
    for (const theme of [
      "torture",
      "children",
      "justice",
      "disability",
      "equality",
      "labour-business",
      "social-rights",
    ]) {
      outcomes.push(await requestFollow(follow({ email: "many@example.org", scope: "THEME", theme })));
    }
    expect(outcomes.filter((outcome) => outcome === "sent")).toHaveLength(5);
    expect(outcomes.slice(5)).toEqual(["limited", "limited"]);
  });

  it("refuses a forged or replayed unsubscribe token and a forged confirmation", async () => {
    expect(await unsubscribe("A".repeat(43))).toBe("invalid");
    expect(await unsubscribe("not a token")).toBe("invalid");
    expect(await confirmFollow("B".repeat(43))).toBe("invalid");
    const commitment = await publishedCommitment();
    await requestFollow(follow({ email: "forge@example.org", commitment: commitment.slug }));
    await runNotifyWork();
    const mail = smtp.mails.find((item) => item.to.includes("forge@example.org"))!;
    // The confirmation mail carries the one-click header too (every message does).
    const token = linkToken(mail.headers["list-unsubscribe"] ?? "", "/api/notifications/unsubscribe");
    // One changed character is a different token.
    const forged = token.slice(0, -1) + (token.endsWith("A") ? "B" : "A");
    expect(await unsubscribe(forged)).toBe("invalid");
    expect(await unsubscribe(token)).toBe("done");
    expect(await unsubscribe(token)).toBe("invalid");
  });

  it("with no SMTP configured, sends nothing, says so, and saves work on", async () => {
    const commitment = await publishedCommitment();
    delete process.env.SMTP_URL;
    try {
      expect(await requestFollow(follow({ email: "nosmtp@example.org", commitment: commitment.slug }))).toBe(
        "unavailable",
      );
      expect((await changeStatus(commitment.id, 1, "PLANNED")).ok).toBe(true);
      await runNotifyWork();
      expect(await db.delivery.count({ where: { channel: "EMAIL", createdAt: { gt: commitment.createdAt } } })).toBe(0);
    } finally {
      process.env.SMTP_URL = smtp.url;
    }
    expect(smtp.mails).toHaveLength(0);
  });
});
