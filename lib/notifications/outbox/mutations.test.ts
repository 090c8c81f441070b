import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { currentInstant } from "@/lib/calendar";
import { auditEvent } from "@/lib/audit/event";
import { updateCommitmentStatus } from "@/lib/publishing/mutations";
import { statusUpdateSchema } from "@/lib/statuses/schema";
import { startSmtpTestServer, type SmtpTestServer } from "@/tests/support/smtp-test-server";
import { followSchema } from "../schema";
import { runNotifyWork } from "../worker";
import { confirmFollow, requestFollow } from "../follow/mutations";
import { returnProposal } from "@/lib/review/mutations";
import { returnChangeProposal } from "@/lib/review/change-mutations";
import { submitQuoteAddition } from "@/lib/publishing/mutations";
import { addQuoteSchema } from "@/lib/commitments/schema";
import { returnProposalSchema } from "@/lib/review/schema";
import { submitCorrection } from "@/lib/corrections/mutations";
import { correctionSchema } from "@/lib/corrections/schema";

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
const newUser = (name: string, isActive = true, role: "ADMIN" | "EDITOR" | "REVIEWER" | "CONTRIBUTOR" = "EDITOR") =>
  db.user.create({ data: { email: `${name}-${unique()}@example.org`, name, passwordHash: "x", isActive, role } });
const newCommitment = () =>
  db.commitment.create({
    data: {
      slug: `outbox-${unique()}`,
      title: "Ratify OPCAT",
      summary: "s",
      category: "torture",
      responsibleBody: "parliament",
      isPublished: true,
    },
  });
const change = (commitmentId: string, version: number, to: string, actorId: string) =>
  updateCommitmentStatus(
    statusUpdateSchema.parse({
      commitmentId,
      version,
      field: "OFFICIAL_CLAIM",
      to,
      effectiveOn: "2024-03-01",
      justification: "Decree.",
    }),
    actorId,
  );

describe("editor notifications", () => {
  it("tell the editors who edited a commitment about its change, not the one who made it, nor deactivated ones", async () => {
    const [author, other, gone, changer] = await Promise.all([
      newUser("author"),
      newUser("other"),
      newUser("gone", false),
      newUser("changer"),
    ]);
    const commitment = await newCommitment();
    for (const user of [author, gone])
      await db.auditEvent.create({
        data: auditEvent("commitment.update", "Commitment", commitment.id, user.id, null, { title: "x" }),
      });
    await change(commitment.id, 1, "ANNOUNCED", changer.id);
    await runNotifyWork();
    expect(smtp.mails.map((mail) => mail.to[0])).toEqual([author.email]);
    expect(smtp.mails[0]?.subject).toContain("Ratify OPCAT");
    expect(smtp.mails.some((mail) => mail.to.includes(other.email) || mail.to.includes(changer.email))).toBe(false);
  });
});

describe("editor mail about workspace events", () => {
  it("asks every active reviewer (not the proposer, not a plain editor) to review a proposal, and tells the proposer when it is returned", async () => {
    const [proposer, reviewer, admin, editor, goneReviewer] = await Promise.all([
      newUser("proposer", true, "CONTRIBUTOR"),
      newUser("reviewer", true, "REVIEWER"),
      newUser("admin", true, "ADMIN"),
      newUser("plain-editor"),
      newUser("gone-reviewer", false, "REVIEWER"),
    ]);
    const commitment = await newCommitment();
    // A contributor's change is always a proposal.
    const proposed = await change(commitment.id, 1, "ANNOUNCED", proposer.id);
    expect(proposed).toMatchObject({ ok: true, value: { proposalId: expect.any(String) } });
    const proposalId = proposed.ok && "proposalId" in proposed.value ? proposed.value.proposalId : "";
    await runNotifyWork();
    const asked = smtp.mails.filter((mail) => mail.subject.includes("Ratify OPCAT"));
    expect(asked.map((mail) => mail.to[0]).sort()).toEqual([reviewer.email, admin.email].sort());
    expect(asked.some((mail) => [proposer.email, editor.email, goneReviewer.email].includes(mail.to[0] ?? ""))).toBe(
      false,
    );
    // Editor mail is in the language the editor chose, Russian by default, and links to the review queue.
    expect(asked[0]?.subject).toMatch(/^На проверку в Uade: \u2068Ratify OPCAT\u2069$/);
    expect(asked[0]?.text).toContain("/ru/manage/review");
    expect(asked[0]?.text).toContain("«Объявлено»");

    smtp.mails.length = 0;
    const returned = await returnProposal(
      returnProposalSchema.parse({ proposalId, version: 1, comment: "Cite the decree, please." }),
      reviewer.id,
    );
    expect(returned.ok).toBe(true);
    await runNotifyWork();
    expect(smtp.mails.map((mail) => mail.to[0])).toEqual([proposer.email]);
    expect(smtp.mails[0]?.text).toContain("Cite the decree, please.");
    expect(smtp.mails[0]?.text).toContain(`/ru/manage/commitments/${commitment.id}`);
    // A second run sends nothing again.
    await runNotifyWork();
    expect(smtp.mails).toHaveLength(1);
  });

  it("asks the reviewers about a contributor's proposed quote, quoting it, and tells the contributor when it is returned", async () => {
    const [proposer, reviewer, editor] = await Promise.all([
      newUser("quote-proposer", true, "CONTRIBUTOR"),
      newUser("quote-reviewer", true, "REVIEWER"),
      newUser("quote-plain-editor"),
    ]);
    const commitment = await newCommitment();
    const proposed = await submitQuoteAddition(
      addQuoteSchema.parse({
        commitmentId: commitment.id,
        version: 1,
        quoteText: "We will ratify the Optional Protocol this year.",
        sourceTitle: "Address to parliament",
      }),
      proposer.id,
    );
    expect(proposed).toMatchObject({ ok: true, value: { proposalId: expect.any(String) } });
    const proposalId = proposed.ok && "proposalId" in proposed.value ? proposed.value.proposalId : "";
    await runNotifyWork();
    const asked = smtp.mails.filter((mail) => mail.subject.includes("Ratify OPCAT"));
    expect(asked.map((mail) => mail.to[0])).toContain(reviewer.email);
    expect(asked.map((mail) => mail.to[0])).not.toContain(proposer.email);
    expect(asked.map((mail) => mail.to[0])).not.toContain(editor.email);
    const mail = asked.find((item) => item.to[0] === reviewer.email);
    expect(mail?.subject).toMatch(/^На проверку в Uade: /);
    expect(mail?.text).toContain("Добавить цитату «\u2068We will ratify the Optional Protocol this year.\u2069».");
    expect(mail?.text).toContain("/ru/manage/review");

    smtp.mails.length = 0;
    const returned = await returnChangeProposal(
      returnProposalSchema.parse({ proposalId, version: 1, comment: "Give the date of the address." }),
      reviewer.id,
    );
    expect(returned.ok).toBe(true);
    await runNotifyWork();
    expect(smtp.mails.map((item) => item.to[0])).toEqual([proposer.email]);
    expect(smtp.mails[0]?.text).toContain("Рецензент вернул предложенное вами изменение:");
    expect(smtp.mails[0]?.text).toContain("Give the date of the address.");
    await runNotifyWork();
    expect(smtp.mails).toHaveLength(1);
  });

  it("writes each editor's mail in the language they chose on their account page", async () => {
    const [kazakh, english, changer] = await Promise.all([
      newUser("kazakh-editor"),
      newUser("english-editor"),
      newUser("changer"),
    ]);
    await db.user.update({ where: { id: kazakh.id }, data: { mailLocale: "kk" } });
    await db.user.update({ where: { id: english.id }, data: { mailLocale: "en" } });
    const commitment = await newCommitment();
    for (const user of [kazakh, english])
      await db.auditEvent.create({
        data: auditEvent("commitment.update", "Commitment", commitment.id, user.id, null, { title: "x" }),
      });
    await change(commitment.id, 1, "ANNOUNCED", changer.id);
    await runNotifyWork();
    const to = (user: { email: string }) => smtp.mails.find((mail) => mail.to[0] === user.email);
    expect(to(kazakh)?.text).toContain("/kk/commitments/");
    expect(to(english)?.text).toContain("/en/commitments/");
    expect(to(english)?.subject).not.toEqual(to(kazakh)?.subject);
  });

  it("tells the inbox's moderators that a reader wrote, naming the record but never quoting the reader or their address", async () => {
    const commitment = await newCommitment();
    const [moderator, contributor] = await Promise.all([
      newUser("moderator"),
      newUser("contributor", true, "CONTRIBUTOR"),
    ]);
    const outcome = await submitCorrection(
      correctionSchema.parse({
        slug: commitment.slug,
        message: "The law was repealed in May.",
        email: "reader@example.net",
        locale: "kk",
      }),
      `hash-${unique()}`,
    );
    expect(outcome.ok).toBe(true);
    await runNotifyWork();
    const told = smtp.mails.filter((mail) => mail.subject.includes("Ratify OPCAT"));
    expect(told.map((mail) => mail.to[0])).toContain(moderator.email);
    expect(told.map((mail) => mail.to[0])).not.toContain(contributor.email);
    const mail = told.find((item) => item.to[0] === moderator.email);
    expect(mail?.text).toContain("/ru/manage/inbox");
    expect(mail?.text).not.toContain("repealed");
    expect(mail?.text).not.toContain("reader@example.net");
  });
});

describe("daily digests", () => {
  it("send one mail a day listing the day's changes, and nothing on a day without changes", async () => {
    const commitment = await newCommitment();
    const actor = await newUser("digest-actor");
    const email = `daily-${unique()}@example.org`;
    const start = currentInstant();
    await requestFollow(
      followSchema.parse({ email, locale: "en", scope: "THEME", theme: "torture", frequency: "DAILY" }),
      start,
    );
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
