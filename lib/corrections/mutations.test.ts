import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { CORRECTION_LIMITS } from "./limits";
import { correctionToEvidence, discardCorrection, forgetCorrectionEmail, submitCorrection } from "./mutations";
import { correctionToEvidenceSchema, discardCorrectionSchema } from "./schema";
import { CORRECTION_IDLE } from "./form-state";

// The action reads the request's headers: each test says which Origin and address it comes from.
const request = { origin: "http://localhost:3000", address: "203.0.113.7" };
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ origin: request.origin, [CLIENT_ADDRESS_HEADER]: request.address }),
}));
process.env.NEXTAUTH_URL = "http://localhost:3000";
process.env.NEXTAUTH_SECRET = "a-test-secret-that-is-long-enough-0123456789";
const { submitCorrectionAction } = await import("./public-actions");

afterAll(() => db.$disconnect());

let slug = "";
let commitmentId = "";
let editorId = "";

beforeEach(async () => {
  await db.readerCorrection.deleteMany();
  request.origin = "http://localhost:3000";
  request.address = `203.0.113.${Math.floor(Math.random() * 250)}`;
  slug = `c-${Date.now()}-${Math.floor(Math.random() * 1e9)}`;
  commitmentId = (
    await db.commitment.create({
      data: {
        slug,
        title: "Ratify OPCAT",
        summary: "s",
        category: "torture",
        responsibleBody: "parliament",
        isPublished: true,
      },
    })
  ).id;
  editorId = (
    await db.user.create({
      data: { email: `e-${Date.now()}-${Math.random()}@example.org`, name: "Editor", passwordHash: "x" },
    })
  ).id;
});

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries({ slug, locale: "ru", ...fields })) data.set(name, value);
  return data;
}

const send = (fields: Record<string, string>) => submitCorrectionAction(CORRECTION_IDLE, form(fields));

describe("a reader's correction", () => {
  it("reaches the inbox with its message, URL and email", async () => {
    expect(
      await send({
        message: "The law was signed on 3 May.",
        url: "https://adilet.zan.kz/rus/docs/Z1",
        email: "Reader@Example.org",
      }),
    ).toEqual({ status: "sent" });
    const stored = await db.readerCorrection.findFirstOrThrow({ where: { commitmentId } });
    expect(stored).toMatchObject({
      message: "The law was signed on 3 May.",
      url: "https://adilet.zan.kz/rus/docs/Z1",
      email: "reader@example.org",
      locale: "ru",
      state: "NEW",
    });
    // The address is kept only as a keyed hash.
    expect(stored.addressHash).toMatch(/^[0-9a-f]{32}$/);
    expect(stored.addressHash).not.toContain(request.address);
  });

  it("stores no email when none is given", async () => {
    expect(await send({ message: "Wrong date." })).toEqual({ status: "sent" });
    expect((await db.readerCorrection.findFirstOrThrow({ where: { commitmentId } })).email).toBeNull();
  });

  it("refuses a javascript: URL, 1 MB of text, an empty message and a bad email, keeping the input and writing nothing", async () => {
    expect(await send({ message: "See this", url: "javascript:alert(1)" })).toMatchObject({
      status: "invalid",
      errors: { url: "urlUnsafe" },
      values: { url: "javascript:alert(1)" },
    });
    expect(await send({ message: "x".repeat(1024 * 1024) })).toMatchObject({
      status: "invalid",
      errors: { message: "messageTooLong" },
    });
    expect(await send({ message: "  " })).toMatchObject({ status: "invalid", errors: { message: "messageMissing" } });
    expect(await send({ message: "ok", email: "not-an-email" })).toMatchObject({
      status: "invalid",
      errors: { email: "emailInvalid" },
    });
    expect(await send({ message: "bad\u0000byte" })).toMatchObject({
      status: "invalid",
      errors: { message: "messageUnsafe" },
    });
    expect(await db.readerCorrection.count()).toBe(0);
  });

  it("answers a filled honeypot like a success and stores nothing", async () => {
    expect(await send({ message: "Buy now", website: "https://spam.example" })).toEqual({ status: "sent" });
    expect(await db.readerCorrection.count()).toBe(0);
  });

  it("refuses a cross-site post and a record that is not published", async () => {
    request.origin = "https://evil.example";
    expect(await send({ message: "Hello" })).toEqual({ status: "refused", problem: "crossSite" });
    request.origin = "http://localhost:3000";
    await db.commitment.update({ where: { id: commitmentId }, data: { isPublished: false } });
    expect(await send({ message: "Hello" })).toMatchObject({ status: "invalid", errors: { slug: "recordMissing" } });
    expect(await db.readerCorrection.count()).toBe(0);
  });

  it("lets a flood of 1,000 posts in a minute from one address through only up to the per-address limit", async () => {
    const outcomes = [];
    for (let index = 0; index < 1000; index += 1) outcomes.push(await send({ message: `Flood ${index}` }));
    expect(outcomes.filter((outcome) => outcome.status === "sent")).toHaveLength(CORRECTION_LIMITS.perAddress);
    expect(
      outcomes
        .slice(CORRECTION_LIMITS.perAddress)
        .every((outcome) => outcome.status === "refused" && outcome.problem === "tooManyFromAddress"),
    ).toBe(true);
    expect(await db.readerCorrection.count()).toBe(CORRECTION_LIMITS.perAddress);
    // Another reader is not affected.
    request.address = "198.51.100.1";
    expect(await send({ message: "A real correction" })).toEqual({ status: "sent" });
  }, 120_000);

  it("stops everyone once the global limit is reached, whatever the address", async () => {
    for (let index = 0; index < CORRECTION_LIMITS.global; index += 1) {
      expect((await submitCorrection({ slug, message: `m${index}`, locale: "en" }, `hash-${index}`)).ok).toBe(true);
    }
    expect(await submitCorrection({ slug, message: "one more", locale: "en" }, "fresh-hash")).toEqual({
      ok: false,
      problem: "tooManyOverall",
    });
    expect(await db.readerCorrection.count()).toBe(CORRECTION_LIMITS.global);
  });
});

describe("the inbox", () => {
  const stored = async (fields: { url?: string; email?: string } = {}) => {
    const outcome = await submitCorrection({ slug, message: "Here is the law.", locale: "kk", ...fields }, "h");
    if (!outcome.ok) throw new Error(outcome.problem);
    return outcome.id;
  };

  it("turns the reader's URL into evidence on the record and marks the message handled, in one step", async () => {
    const correctionId = await stored({ url: "https://adilet.zan.kz/kaz/docs/Z2" });
    const result = await correctionToEvidence(
      correctionToEvidenceSchema.parse({ correctionId, title: "Law text", kind: "LAW_TEXT" }),
      editorId,
    );
    expect(result.ok).toBe(true);
    const evidence = await db.evidence.findFirstOrThrow({ where: { commitmentId } });
    expect(evidence).toMatchObject({
      url: "https://adilet.zan.kz/kaz/docs/Z2",
      title: "Law text",
      kind: "LAW_TEXT",
      addedById: editorId,
    });
    expect(await db.readerCorrection.findUniqueOrThrow({ where: { id: correctionId } })).toMatchObject({
      state: "HANDLED",
      evidenceId: evidence.id,
      decidedById: editorId,
    });
    // Twice is refused, and adds no second link.
    expect(await correctionToEvidence({ correctionId, title: "Again", kind: "OTHER" }, editorId)).toMatchObject({
      ok: false,
      kind: "invalid",
    });
    expect(await db.evidence.count({ where: { commitmentId } })).toBe(1);
  });

  it("refuses to make evidence from a message without a URL", async () => {
    const correctionId = await stored();
    expect(await correctionToEvidence({ correctionId, title: "t", kind: "OTHER" }, editorId)).toMatchObject({
      ok: false,
      kind: "invalid",
    });
    expect(await db.evidence.count({ where: { commitmentId } })).toBe(0);
  });

  it("discards only with a reason, and deletes the reader's email on request", async () => {
    const correctionId = await stored({ email: "reader@example.org" });
    expect(discardCorrectionSchema.safeParse({ correctionId, reason: "" }).success).toBe(false);
    expect(
      (await discardCorrection(discardCorrectionSchema.parse({ correctionId, reason: "Spam" }), editorId)).ok,
    ).toBe(true);
    expect(await db.readerCorrection.findUniqueOrThrow({ where: { id: correctionId } })).toMatchObject({
      state: "DISCARDED",
      discardReason: "Spam",
    });
    expect((await forgetCorrectionEmail({ correctionId }, editorId)).ok).toBe(true);
    expect((await db.readerCorrection.findUniqueOrThrow({ where: { id: correctionId } })).email).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "correction.forget-email", entityId: correctionId } })).toBe(1);
  });
});
