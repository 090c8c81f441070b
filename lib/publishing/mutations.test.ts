import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { message } from "@/lib/forms/messages";
import { updateReviewSettings } from "@/lib/review/mutations";
import { approveProposalSchema, returnProposalSchema, settingsUpdateSchema } from "@/lib/review/schema";
import { returnChangeProposal } from "@/lib/review/change-mutations";
import { statusUpdateSchema } from "@/lib/statuses/schema";
import { editEvidenceSchema, removeEvidenceSchema } from "@/lib/evidence/schema";
import { addQuoteSchema, createCommitmentSchema, removeQuoteSchema } from "@/lib/commitments/schema";
import {
  submitEvidenceEdit,
  submitEvidenceRemoval,
  submitNewCommitment,
  submitQuoteAddition,
  submitQuoteRemoval,
  updateCommitmentStatus,
} from "./mutations";
import { approveChangeProposal, approveProposal } from "./approve-mutations";

// The hostile-input case (issue 22, item 3): on a record with a reviewer-approved IMPLEMENTED
// change, a contributor's evidence edit and removal and quote addition and removal must not change
// the public record; they become proposals a reviewer approves, against the version they were made on.

afterAll(() => db.$disconnect());

let contributorId = "";
let editorId = "";
let reviewerId = "";
let adminId = "";
let commitmentId = "";
let evidenceId = "";
let quoteId = "";

const person = (role: "ADMIN" | "EDITOR" | "REVIEWER" | "CONTRIBUTOR") =>
  db.user
    .create({
      data: { email: `${role}-${Date.now()}-${Math.random()}@example.org`, name: role, passwordHash: "x", role },
    })
    .then((user) => user.id);

beforeEach(async () => {
  await db.workspaceSettings.deleteMany();
  [contributorId, editorId, reviewerId, adminId] = await Promise.all([
    person("CONTRIBUTOR"),
    person("EDITOR"),
    person("REVIEWER"),
    person("ADMIN"),
  ]);
  const source = await db.source.create({ data: { title: "Speech", kind: "SPEECH" } });
  const commitment = await db.commitment.create({
    data: {
      slug: `p-${Date.now()}-${Math.floor(Math.random() * 1e9)}`,
      title: "Ratify OPCAT",
      summary: "s",
      category: "torture",
      responsibleBody: "parliament",
      isPublished: true,
      quotes: { create: [{ text: "We will ratify OPCAT.", sourceId: source.id, position: 0 }] },
    },
    include: { quotes: true },
  });
  commitmentId = commitment.id;
  quoteId = commitment.quotes[0]?.id ?? "";
  // A reviewer-approved IMPLEMENTED change citing one evidence link.
  await updateReviewSettings(settingsUpdateSchema.parse({ reviewAssessments: true }), adminId);
  const proposed = await updateCommitmentStatus(
    statusUpdateSchema.parse({
      commitmentId,
      version: 1,
      field: "ASSESSMENT",
      to: "IMPLEMENTED",
      effectiveOn: "2024-03-01",
      justification: "The law entered into force.",
      reasonCode: "law_adopted",
      newEvidenceUrl: "https://adilet.zan.kz/rus/docs/Z2400000001",
      newEvidenceTitle: "Law text",
    }),
    editorId,
  );
  if (!proposed.ok || !("proposalId" in proposed.value)) throw new Error(JSON.stringify(proposed));
  const approved = await approveProposal({ proposalId: proposed.value.proposalId, version: 1 }, reviewerId);
  if (!approved.ok) throw new Error(JSON.stringify(approved));
  evidenceId = (await db.evidence.findFirstOrThrow({ where: { commitmentId } })).id;
});

/** What the public sees of the record: its status, its evidence and its quotes. */
const publicRecord = async () =>
  db.commitment.findUniqueOrThrow({
    where: { id: commitmentId },
    select: {
      assessment: true,
      version: true,
      evidence: { where: { removedAt: null }, select: { url: true, title: true, version: true } },
      quotes: { select: { text: true }, orderBy: { position: "asc" } },
    },
  });

const editToOtherUrl = () =>
  editEvidenceSchema.parse({
    evidenceId,
    version: 1,
    url: "https://attacker.example/other",
    title: "Other",
    kind: "OTHER",
  });
const addQuoteInput = () =>
  addQuoteSchema.parse({ commitmentId, version: 2, quoteText: "We never promised.", sourceTitle: "Blog" });

async function proposalOf(result: { ok: boolean; value?: unknown }) {
  expect(result).toMatchObject({ ok: true, value: { proposalId: expect.any(String), commitmentId } });
  const { proposalId } = (result as { value: { proposalId: string } }).value;
  const stored = await db.changeProposal.findUniqueOrThrow({ where: { id: proposalId } });
  expect(stored).toMatchObject({ state: "PENDING", proposedById: contributorId });
  return { proposalId, version: stored.version };
}

describe("a contributor's change to the public record", () => {
  it("is a proposal for an evidence edit, an evidence removal, a quote addition and a quote removal: nothing public changes", async () => {
    const before = await publicRecord();
    expect(before.assessment).toBe("IMPLEMENTED");
    await proposalOf(await submitEvidenceEdit(editToOtherUrl(), contributorId));
    await proposalOf(
      await submitEvidenceRemoval(removeEvidenceSchema.parse({ evidenceId, version: 1 }), contributorId),
    );
    await proposalOf(await submitQuoteAddition(addQuoteInput(), contributorId));
    await proposalOf(
      await submitQuoteRemoval(removeQuoteSchema.parse({ commitmentId, version: 2, quoteId }), contributorId),
    );
    expect(await publicRecord()).toEqual(before);
    expect(await db.changeProposal.count({ where: { commitmentId, state: "PENDING" } })).toBe(4);
    expect(await db.auditEvent.count({ where: { action: "change.propose", actorId: contributorId } })).toBe(4);
  });

  it("is published by a reviewer's approval, recorded as the contributor's write, with what it replaced kept", async () => {
    const edit = await proposalOf(await submitEvidenceEdit(editToOtherUrl(), contributorId));
    const stored = await db.changeProposal.findUniqueOrThrow({ where: { id: edit.proposalId } });
    expect(JSON.parse(stored.replaces)).toMatchObject({ url: "https://adilet.zan.kz/rus/docs/Z2400000001" });
    expect(await approveChangeProposal(approveProposalSchema.parse(edit), reviewerId)).toMatchObject({ ok: true });
    expect((await publicRecord()).evidence).toEqual([
      { url: "https://attacker.example/other", title: "Other", version: 2 },
    ]);
    expect(await db.changeProposal.findUniqueOrThrow({ where: { id: edit.proposalId } })).toMatchObject({
      state: "APPROVED",
      reviewedById: reviewerId,
    });
    expect(await db.auditEvent.count({ where: { action: "evidence.edit", actorId: contributorId } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "change.approve", actorId: reviewerId } })).toBe(1);

    const added = await proposalOf(await submitQuoteAddition(addQuoteInput(), contributorId));
    expect((await approveChangeProposal(added, adminId)).ok).toBe(true);
    expect((await publicRecord()).quotes.map((quote) => quote.text)).toEqual([
      "We will ratify OPCAT.",
      "We never promised.",
    ]);
  });

  it("is a conflict on approval when its target changed since it was proposed, and writes nothing", async () => {
    const removal = await proposalOf(
      await submitEvidenceRemoval(removeEvidenceSchema.parse({ evidenceId, version: 1 }), contributorId),
    );
    // Meanwhile an editor edits the link (version 2).
    expect((await submitEvidenceEdit({ ...editToOtherUrl(), url: "https://un.org/doc" }, editorId)).ok).toBe(true);
    const before = await publicRecord();
    expect(await approveChangeProposal(removal, reviewerId)).toMatchObject({
      ok: false,
      kind: "conflict",
      currentVersion: 2,
    });
    expect(await publicRecord()).toEqual(before);
    expect(await db.changeProposal.findUniqueOrThrow({ where: { id: removal.proposalId } })).toMatchObject({
      state: "PENDING",
      version: 1,
    });
  });

  it("is a conflict when proposed against a version already gone, and is never approved by its proposer or twice", async () => {
    const stale = await submitQuoteAddition({ ...addQuoteInput(), version: 1 }, contributorId);
    expect(stale).toMatchObject({ ok: false, kind: "conflict", currentVersion: 2 });
    const added = await proposalOf(await submitQuoteAddition(addQuoteInput(), contributorId));
    expect(await approveChangeProposal(added, contributorId)).toEqual({
      ok: false,
      kind: "invalid",
      fieldErrors: { proposalId: message("selfReview") },
    });
    expect((await approveChangeProposal(added, reviewerId)).ok).toBe(true);
    expect(await approveChangeProposal({ ...added, version: 2 }, adminId)).toMatchObject({
      ok: false,
      kind: "invalid",
    });
  });

  it("is a conflict when the reviewer's version of the proposal is not the current one, and may be returned", async () => {
    const edit = await proposalOf(await submitEvidenceEdit(editToOtherUrl(), contributorId));
    expect(await approveChangeProposal({ ...edit, version: 7 }, reviewerId)).toMatchObject({
      ok: false,
      kind: "conflict",
    });
    const returned = await returnChangeProposal(returnProposalSchema.parse({ ...edit, comment: "Why?" }), reviewerId);
    expect(returned).toMatchObject({ ok: true });
    expect(await db.changeProposal.findUniqueOrThrow({ where: { id: edit.proposalId } })).toMatchObject({
      state: "RETURNED",
      reviewComment: "Why?",
    });
    expect((await publicRecord()).evidence[0]?.url).toBe("https://adilet.zan.kz/rus/docs/Z2400000001");
  });
});

describe("an editor's change to evidence and quotes", () => {
  it("is published at once, with review on (review covers status fields)", async () => {
    await updateReviewSettings(settingsUpdateSchema.parse({ reviewClaims: true }), adminId);
    expect(await submitEvidenceRemoval(removeEvidenceSchema.parse({ evidenceId, version: 1 }), editorId)).toEqual({
      ok: true,
      value: { id: evidenceId, commitmentId },
    });
    expect((await publicRecord()).evidence).toEqual([]);
    expect(await db.changeProposal.count({ where: { commitmentId } })).toBe(0);
  });
});

describe("creating a commitment with an official claim", () => {
  const created = () =>
    createCommitmentSchema.parse({
      title: "Abolish the death penalty",
      summary: "s",
      category: "torture",
      responsibleBody: "parliament",
      instruments: [],
      officialClaim: "ADOPTED",
      firstStatedOn: "2021-01-02",
      quoteText: "The death penalty is abolished.",
      sourceTitle: "Speech",
    });

  it("with claim review on, makes the claim a proposal: the new record has no claim until a reviewer approves it", async () => {
    await updateReviewSettings(settingsUpdateSchema.parse({ reviewClaims: true }), adminId);
    const result = await submitNewCommitment(created(), editorId);
    if (!result.ok || !result.value.proposalId) throw new Error(JSON.stringify(result));
    const { id, proposalId } = result.value;
    expect(await db.commitment.findUniqueOrThrow({ where: { id } })).toMatchObject({
      officialClaim: "NO_CLAIM",
      isPublished: false,
    });
    expect(await db.statusProposal.findUniqueOrThrow({ where: { id: proposalId } })).toMatchObject({
      field: "OFFICIAL_CLAIM",
      toValue: "ADOPTED",
      state: "PENDING",
      proposedById: editorId,
      justification: "The death penalty is abolished.",
    });
    expect((await db.statusProposal.findUniqueOrThrow({ where: { id: proposalId } })).effectiveOn.toISOString()).toBe(
      "2021-01-02T00:00:00.000Z",
    );
    expect((await approveProposal({ proposalId, version: 1 }, reviewerId)).ok).toBe(true);
    expect((await db.commitment.findUniqueOrThrow({ where: { id } })).officialClaim).toBe("ADOPTED");
  });

  it("with claim review off, records the claim at once", async () => {
    const result = await submitNewCommitment(created(), editorId);
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.value.proposalId).toBeUndefined();
    expect((await db.commitment.findUniqueOrThrow({ where: { id: result.value.id } })).officialClaim).toBe("ADOPTED");
    expect(await db.statusProposal.count({ where: { commitmentId: result.value.id } })).toBe(0);
  });
});
