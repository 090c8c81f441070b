import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { hasPermission } from "@/lib/auth/permissions";
import { updateCommitmentStatus } from "@/lib/publishing/mutations";
import { statusFormSchema, statusUpdateSchema } from "@/lib/statuses/schema";
import { message } from "@/lib/forms/messages";
import { approveProposal } from "@/lib/publishing/approve-mutations";
import { returnProposal, updateReviewSettings } from "./mutations";
import { getReviewSettings } from "./data";
import { approveProposalSchema, returnProposalSchema, settingsUpdateSchema } from "./schema";

afterAll(() => db.$disconnect());

let editorId = "";
let reviewerId = "";
let contributorId = "";
let adminId = "";
let commitmentId = "";

const person = (role: "ADMIN" | "EDITOR" | "REVIEWER" | "CONTRIBUTOR") =>
  db.user
    .create({
      data: {
        email: `${role.toLowerCase()}-${Date.now()}-${Math.random()}@example.org`,
        name: role,
        passwordHash: "x",
        role,
      },
    })
    .then((user) => user.id);

beforeEach(async () => {
  await db.workspaceSettings.deleteMany();
  [editorId, reviewerId, contributorId, adminId] = await Promise.all([
    person("EDITOR"),
    person("REVIEWER"),
    person("CONTRIBUTOR"),
    person("ADMIN"),
  ]);
  const commitment = await db.commitment.create({
    data: {
      slug: `r-${Date.now()}-${Math.floor(Math.random() * 1e9)}`,
      title: "Ratify OPCAT",
      summary: "s",
      category: "torture",
      responsibleBody: "parliament",
      isPublished: true,
    },
  });
  commitmentId = commitment.id;
});

const implemented = (extra: Record<string, unknown> = {}) =>
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
    ...extra,
  });

async function reviewAssessments() {
  expect((await updateReviewSettings(settingsUpdateSchema.parse({ reviewAssessments: true }), adminId)).ok).toBe(true);
}

async function propose(actorId = editorId, extra: Record<string, unknown> = {}) {
  const result = await updateCommitmentStatus(implemented(extra), actorId);
  if (!result.ok || !("proposalId" in result.value))
    throw new Error(`expected a proposal, got ${JSON.stringify(result)}`);
  return result.value.proposalId;
}

/** A proposal as the reviewer sees it in the queue: its id and its version now. */
const seen = async (proposalId: string) => ({
  proposalId,
  version: (await db.statusProposal.findUniqueOrThrow({ where: { id: proposalId } })).version,
});

const publicState = async () => ({
  commitment: await db.commitment.findUniqueOrThrow({
    where: { id: commitmentId },
    select: { assessment: true, version: true },
  }),
  changes: await db.statusChange.count({ where: { commitmentId } }),
  evidence: await db.evidence.count({ where: { commitmentId } }),
});

describe("review settings", () => {
  it("are off by default, so an editor publishes directly", async () => {
    expect(await getReviewSettings()).toEqual({ reviewAssessments: false, reviewClaims: false });
    const result = await updateCommitmentStatus(implemented(), editorId);
    expect(result.ok && "statusChangeId" in result.value).toBe(true);
    expect((await db.statusChange.findFirstOrThrow({ where: { commitmentId } })).reviewedById).toBeNull();
  });

  it("are changed per field and audited", async () => {
    await reviewAssessments();
    expect(await getReviewSettings()).toEqual({ reviewAssessments: true, reviewClaims: false });
    expect(await db.auditEvent.count({ where: { action: "settings.update", actorId: adminId } })).toBe(1);
    expect(settingsUpdateSchema.safeParse({}).success).toBe(false);
    expect(settingsUpdateSchema.safeParse({ reviewClaims: "maybe" }).success).toBe(false);
  });
});

describe("with review on for assessments", () => {
  it("makes an editor's change a proposal that changes nothing public", async () => {
    await reviewAssessments();
    const before = await publicState();
    const proposalId = await propose();
    expect(await publicState()).toEqual(before);
    expect(await db.statusProposal.findUniqueOrThrow({ where: { id: proposalId } })).toMatchObject({
      state: "PENDING",
      proposedById: editorId,
      reasonCode: "law_adopted",
      baseVersion: 1,
    });
  });

  it("still publishes an official-claim change directly (review is per field)", async () => {
    await reviewAssessments();
    const result = await updateCommitmentStatus(
      statusUpdateSchema.parse({
        commitmentId,
        version: 1,
        field: "OFFICIAL_CLAIM",
        to: "ADOPTED",
        effectiveOn: "2024-03-01",
        justification: "Minister said so.",
      }),
      editorId,
    );
    expect(result.ok && "statusChangeId" in result.value).toBe(true);
  });

  it("publishes the change on approval by a second editor, effective on its date, marked reviewed", async () => {
    await reviewAssessments();
    const proposalId = await propose();
    const approved = await approveProposal(approveProposalSchema.parse(await seen(proposalId)), reviewerId);
    expect(approved.ok).toBe(true);
    const change = await db.statusChange.findFirstOrThrow({
      where: { commitmentId },
      include: { evidence: { include: { evidence: true } } },
    });
    expect(change).toMatchObject({
      toValue: "IMPLEMENTED",
      recordedById: editorId,
      reviewedById: reviewerId,
      reasonCode: "law_adopted",
    });
    expect(change.reviewedAt).not.toBeNull();
    expect(change.effectiveOn.toISOString()).toBe("2024-03-01T00:00:00.000Z");
    expect(change.evidence.map((link) => link.evidence.url)).toEqual(["https://adilet.zan.kz/rus/docs/Z2400000001"]);
    expect((await publicState()).commitment).toEqual({ assessment: "IMPLEMENTED", version: 2 });
    expect(await db.statusProposal.findUniqueOrThrow({ where: { id: proposalId } })).toMatchObject({
      state: "APPROVED",
      reviewedById: reviewerId,
      statusChangeId: change.id,
    });
    expect(
      await db.auditEvent.count({ where: { action: "status.approve", actorId: reviewerId, entityId: proposalId } }),
    ).toBe(1);
  });

  it("refuses self-approval with a clear message and writes nothing", async () => {
    await reviewAssessments();
    const proposalId = await propose(reviewerId);
    const before = await publicState();
    expect(await approveProposal(await seen(proposalId), reviewerId)).toEqual({
      ok: false,
      kind: "invalid",
      fieldErrors: { proposalId: message("selfReview") },
    });
    expect(await returnProposal({ ...(await seen(proposalId)), comment: "mine" }, reviewerId)).toMatchObject({
      ok: false,
      kind: "invalid",
    });
    expect(await publicState()).toEqual(before);
    expect(await db.statusProposal.findUniqueOrThrow({ where: { id: proposalId } })).toMatchObject({
      state: "PENDING",
      version: 1,
    });
  });

  it("refuses a stale proposal (the record changed meanwhile) as a conflict and writes nothing", async () => {
    await reviewAssessments();
    const proposalId = await propose();
    // Meanwhile another editor records an official-claim change (not under review): version 2.
    expect(
      (
        await updateCommitmentStatus(
          statusUpdateSchema.parse({
            commitmentId,
            version: 1,
            field: "OFFICIAL_CLAIM",
            to: "ADOPTED",
            effectiveOn: "2024-03-01",
            justification: "Said so.",
          }),
          adminId,
        )
      ).ok,
    ).toBe(true);
    const before = await publicState();
    const stale = await approveProposal(await seen(proposalId), reviewerId);
    expect(stale).toMatchObject({ ok: false, kind: "conflict", currentVersion: 2 });
    expect(await publicState()).toEqual(before);
    expect(await db.statusProposal.findUniqueOrThrow({ where: { id: proposalId } })).toMatchObject({
      state: "PENDING",
      version: 1,
    });
  });

  it("refuses a second decision on the same proposal", async () => {
    await reviewAssessments();
    const proposalId = await propose();
    expect((await approveProposal(await seen(proposalId), reviewerId)).ok).toBe(true);
    expect(await approveProposal(await seen(proposalId), adminId)).toEqual({
      ok: false,
      kind: "invalid",
      fieldErrors: { proposalId: message("proposalDecided") },
    });
    expect(await db.statusChange.count({ where: { commitmentId } })).toBe(1);
  });

  it("refuses a proposal that could never be approved, with the publishing rules' messages", async () => {
    await reviewAssessments();
    const removed = await db.evidence.create({
      data: {
        commitmentId,
        url: "https://example.org/gone",
        title: "Gone",
        removedAt: new Date("2024-01-01T00:00:00Z"),
      },
    });
    const citingRemoved = await updateCommitmentStatus(
      implemented({ newEvidenceUrl: "", newEvidenceTitle: "", evidenceIds: [removed.id] }),
      editorId,
    );
    expect(citingRemoved).toEqual({ ok: false, kind: "invalid", fieldErrors: { evidence: message("evidenceGone") } });
    expect(await db.statusProposal.count({ where: { commitmentId } })).toBe(0);
  });

  it("returns a proposal with a comment; only the proposer revises it, and it waits for review again", async () => {
    await reviewAssessments();
    const proposalId = await propose();
    expect(returnProposalSchema.safeParse({ ...(await seen(proposalId)), comment: " " }).success).toBe(false);
    expect(
      (
        await returnProposal(
          returnProposalSchema.parse({ ...(await seen(proposalId)), comment: "Cite the official gazette." }),
          reviewerId,
        )
      ).ok,
    ).toBe(true);
    expect(await db.statusProposal.findUniqueOrThrow({ where: { id: proposalId } })).toMatchObject({
      state: "RETURNED",
      reviewComment: "Cite the official gazette.",
    });
    expect(await approveProposal(await seen(proposalId), adminId)).toMatchObject({ ok: false, kind: "invalid" });

    const someoneElse = await updateCommitmentStatus(
      implemented({ proposalId, justification: "Hijack." }),
      contributorId,
    );
    expect(someoneElse).toEqual({
      ok: false,
      kind: "invalid",
      fieldErrors: { proposalId: message("notYourProposal") },
    });

    const revised = await updateCommitmentStatus(
      implemented({ proposalId, justification: "Published in the official gazette." }),
      editorId,
    );
    expect(revised).toEqual({ ok: true, value: { proposalId } });
    expect(await db.statusProposal.findUniqueOrThrow({ where: { id: proposalId } })).toMatchObject({
      state: "PENDING",
      justification: "Published in the official gazette.",
      version: 3,
    });
    expect((await approveProposal(await seen(proposalId), adminId)).ok).toBe(true);
  });
});

describe("a decision carries the version the reviewer saw", () => {
  it("is refused without one (the API's status.approve and status.return require it)", async () => {
    await reviewAssessments();
    const proposalId = await propose();
    for (const schema of [approveProposalSchema, returnProposalSchema]) {
      const parsed = schema.safeParse({ proposalId, comment: "Why." });
      expect(parsed.success ? null : parsed.error.issues.map((issue) => issue.path.join("."))).toEqual(["version"]);
    }
    expect(approveProposalSchema.safeParse({ proposalId, version: "" }).success).toBe(false);
  });

  it("is a conflict when the proposal was revised after the reviewer loaded it, and writes nothing", async () => {
    await reviewAssessments();
    const proposalId = await propose();
    const loaded = await seen(proposalId);
    expect((await returnProposal({ ...(await seen(proposalId)), comment: "Cite it." }, adminId)).ok).toBe(true);
    const revised = await updateCommitmentStatus(
      implemented({ proposalId, justification: "A different change." }),
      editorId,
    );
    expect(revised.ok).toBe(true);
    const before = await publicState();
    expect(await approveProposal(loaded, reviewerId)).toMatchObject({ ok: false, kind: "conflict", currentVersion: 3 });
    expect(await publicState()).toEqual(before);
    expect(await db.statusProposal.findUniqueOrThrow({ where: { id: proposalId } })).toMatchObject({
      state: "PENDING",
      version: 3,
    });
  });
});

describe("contributors", () => {
  it("always propose, even with review off, and may not approve", async () => {
    const proposalId = await propose(contributorId);
    expect(await db.statusChange.count({ where: { commitmentId } })).toBe(0);
    expect(hasPermission("CONTRIBUTOR", "status:update")).toBe(true);
    expect(hasPermission("CONTRIBUTOR", "status:publish")).toBe(false);
    expect(hasPermission("CONTRIBUTOR", "status:review")).toBe(false);
    expect(hasPermission("EDITOR", "status:review")).toBe(false);
    expect(hasPermission("REVIEWER", "status:review")).toBe(true);
    expect(hasPermission("REVIEWER", "user:manage")).toBe(false);
    expect((await approveProposal(await seen(proposalId), editorId)).ok).toBe(true);
  });
});

describe("reason codes", () => {
  it("record 'unspecified' when a script sends none, and the form requires one", async () => {
    const base = {
      commitmentId,
      version: 1,
      field: "OFFICIAL_CLAIM",
      to: "ANNOUNCED",
      effectiveOn: "2024-01-01",
      justification: "Announced.",
    };
    expect(statusUpdateSchema.parse(base).reasonCode).toBe("unspecified");
    expect(statusUpdateSchema.safeParse({ ...base, reasonCode: "because" }).success).toBe(false);
    expect(statusUpdateSchema.safeParse({ ...base, reasonCode: "unspecified" }).success).toBe(false);
    const form = statusFormSchema.safeParse(base);
    expect(form.success ? null : form.error.issues.map((issue) => issue.path.join("."))).toEqual(["reasonCode"]);
    expect(statusFormSchema.safeParse({ ...base, reasonCode: "law_adopted" }).success).toBe(true);
    expect((await updateCommitmentStatus(statusUpdateSchema.parse(base), editorId)).ok).toBe(true);
    expect((await db.statusChange.findFirstOrThrow({ where: { commitmentId } })).reasonCode).toBe("unspecified");
  });
});
