import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { countWaitingFor, listPendingChanges, listPendingProposals } from "./data";

// 120 pending proposals (more than the old 200-row cut would matter for, and 3 pages of 50), with
// createdAt ties so the order must fall back to the id, plus returned ones that must not show.
const created: { id: string; createdAt: Date }[] = [];
let proposerId = "";
let commitmentId = "";

beforeAll(async () => {
  const editor = await db.user.create({
    data: { email: "proposer@example.org", name: "Proposer", passwordHash: "x", role: "CONTRIBUTOR" },
  });
  proposerId = editor.id;
  const commitment = await db.commitment.create({
    data: {
      assessment: "NOT_STARTED",
      slug: "queued",
      title: "Queued",
      summary: "s",
      category: "torture",
      responsibleBody: "government",
      isPublished: true,
    },
  });
  commitmentId = commitment.id;
  const proposal = (index: number, state = "PENDING") => ({
    // Ids rise with the index while rows are inserted from the highest index down, so the table's
    // own order within a tie is the reverse of the id order.
    id: `p${String(index + 1).padStart(4, "0")}`,
    commitmentId: commitment.id,
    field: "ASSESSMENT" as const,
    toValue: "IN_PROGRESS",
    effectiveOn: new Date("2025-01-01T00:00:00Z"),
    justification: `Proposal ${index}`,
    reasonCode: "other",
    baseVersion: 1,
    state,
    proposedById: editor.id,
    // Three proposals share each second: the id breaks the tie.
    createdAt: new Date(Date.UTC(2025, 0, 1, 0, 0, Math.floor(index / 3))),
  });
  for (let index = 119; index >= 0; index -= 1)
    created.push(await db.statusProposal.create({ data: proposal(index), select: { id: true, createdAt: true } }));
  await db.statusProposal.create({ data: proposal(-1, "RETURNED") });
  created.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
});

afterAll(() => db.$disconnect());

describe("the review queue, a page at a time", () => {
  it("shows 50 pending proposals a page, oldest first, every one exactly once across the pages", async () => {
    const pages = await Promise.all([1, 2, 3].map((page) => listPendingProposals(page)));
    expect(pages.map((page) => [page.page, page.pageCount, page.total, page.items.length])).toEqual([
      [1, 3, 120, 50],
      [2, 3, 120, 50],
      [3, 3, 120, 20],
    ]);
    expect(pages.flatMap((page) => page.items.map((item) => item.id))).toEqual(created.map((item) => item.id));
    expect(pages.flatMap((page) => page.items).every((item) => item.state === "PENDING")).toBe(true);
  });

  it("shows the last page for a page past the end", async () => {
    const past = await listPendingProposals(9);
    expect([past.page, past.pageCount]).toEqual([3, 3]);
    expect(past.items.map((item) => item.id)).toEqual(created.slice(100).map((item) => item.id));
  });
});

describe("what waits for a reviewer", () => {
  it("shows each status proposal with the value it replaces", async () => {
    const first = (await listPendingProposals(1)).items[0];
    expect(first).toMatchObject({ field: "ASSESSMENT", fromValue: "NOT_STARTED", toValue: "IN_PROGRESS" });
  });

  it("counts other people's pending status and evidence/quote proposals, never the reviewer's own", async () => {
    const reviewer = await db.user.create({
      data: { email: "waiting-reviewer@example.org", name: "Reviewer", passwordHash: "x", role: "REVIEWER" },
    });
    await db.changeProposal.createMany({
      data: [
        { kind: "quote.add", commitmentId, targetVersion: 1, payload: "{}", proposedById: proposerId },
        { kind: "quote.add", commitmentId, targetVersion: 1, payload: "{}", proposedById: reviewer.id },
        {
          kind: "quote.add",
          commitmentId,
          targetVersion: 1,
          payload: "{}",
          proposedById: proposerId,
          state: "APPROVED",
        },
      ],
    });
    expect(await countWaitingFor(reviewer.id)).toBe(121);
    expect(await countWaitingFor(proposerId)).toBe(1);
    expect((await listPendingChanges()).map((change) => change.state)).toEqual(["PENDING", "PENDING"]);
  });
});
