import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { currentInstant } from "@/lib/calendar";
import { auditEvent } from "@/lib/audit/event";
import { updateCommitmentStatus } from "@/lib/statuses/mutations";
import { statusUpdateSchema } from "@/lib/statuses/schema";
import { startSmtpTestServer, type SmtpTestServer } from "@/tests/support/smtp-test-server";
import { followSchema } from "../schema";
import { runNotifyWork } from "../worker";
import { confirmFollow, requestFollow } from "../follow/mutations";

// Editor mail and daily digests, through the same outbox, against a real SMTP server.

let smtp: SmtpTestServer;
beforeAll(async () => {
  smtp = await startSmtpTestServer();
  process.env.SMTP_URL = smtp.url;
  process.env.MAIL_FROM = "uade@example.org";
  process.env.NEXTAUTH_SECRET = "test-secret-that-is-long-enough-0123456789abcdef";
});
afterAll(async () => {
  await smtp.close();
  await db.$disconnect();
});
beforeEach(() => {
  smtp.mails.length = 0;
});

let counter = 0;
const unique = () => `${Date.now()}-${(counter += 1)}`;
const newUser = (name: string, isActive = true) => db.user.create({ data: { email: `${name}-${unique()}@example.org`, name, passwordHash: "x", isActive } });
const newCommitment = () => db.commitment.create({ data: { slug: `outbox-${unique()}`, title: "Ratify OPCAT", summary: "s", category: "torture", responsibleBody: "parliament", isPublished: true } });
const change = (commitmentId: string, version: number, to: string, actorId: string) =>
  updateCommitmentStatus(statusUpdateSchema.parse({ commitmentId, version, field: "OFFICIAL_CLAIM", to, effectiveOn: "2024-03-01", justification: "Decree." }), actorId);

describe("editor notifications", () => {
  it("tell the editors who edited a commitment about its change, not the one who made it, nor deactivated ones", async () => {
    const [author, other, gone, changer] = await Promise.all([newUser("author"), newUser("other"), newUser("gone", false), newUser("changer")]);
    const commitment = await newCommitment();
    for (const user of [author, gone]) await db.auditEvent.create({ data: auditEvent("commitment.update", "Commitment", commitment.id, user.id, null, { title: "x" }) });
    await change(commitment.id, 1, "ANNOUNCED", changer.id);
    await runNotifyWork();
    expect(smtp.mails.map((mail) => mail.to[0])).toEqual([author.email]);
    expect(smtp.mails[0]?.subject).toContain("Ratify OPCAT");
    expect(smtp.mails.some((mail) => mail.to.includes(other.email) || mail.to.includes(changer.email))).toBe(false);
  });
});

describe("daily digests", () => {
  it("send one mail a day listing the day's changes, and nothing on a day without changes", async () => {
    const commitment = await newCommitment();
    const actor = await newUser("digest-actor");
    const email = `daily-${unique()}@example.org`;
    const start = currentInstant();
    await requestFollow(followSchema.parse({ email, locale: "en", scope: "THEME", theme: "torture", frequency: "DAILY" }), start);
    await runNotifyWork(start);
    const token = /follow\/confirm\?token=([A-Za-z0-9_-]{43})/.exec(smtp.mails[0]!.text)?.[1] ?? "";
    expect(await confirmFollow(token, start)).toBe("done");
    smtp.mails.length = 0;
    await change(commitment.id, 1, "ANNOUNCED", actor.id);
    await change(commitment.id, 2, "PLANNED", actor.id);
    // Immediate mail is not for daily followers.
    await runNotifyWork(currentInstant());
    expect(smtp.mails.filter((mail) => mail.to.includes(email))).toHaveLength(0);
    const tomorrow = new Date(currentInstant().getTime() + 86_400_000);
    await runNotifyWork(tomorrow);
    await runNotifyWork(new Date(tomorrow.getTime() + 60_000));
    const digests = smtp.mails.filter((mail) => mail.to.includes(email));
    expect(digests).toHaveLength(1);
    expect(digests[0]?.subject).toBe("Uade: 2 status changes");
    expect(digests[0]?.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    await runNotifyWork(new Date(tomorrow.getTime() + 86_400_000));
    expect(smtp.mails.filter((mail) => mail.to.includes(email))).toHaveLength(1);
  });
});
