import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { listCorrections } from "./data";

// 51 new messages (one past a page), with createdAt ties so the order must fall back to the id,
// and handled ones that belong to "recently dealt with", not to the pages of new ones.
const created: { id: string; createdAt: Date }[] = [];

beforeAll(async () => {
  const commitment = await db.commitment.create({
    data: {
      slug: "corrected",
      title: "Corrected",
      summary: "s",
      category: "torture",
      responsibleBody: "government",
      isPublished: true,
    },
  });
  const correction = (index: number, state = "NEW") => ({
    // Ids rise with the index while rows are inserted from the highest index down, so the table's
    // own order within a tie is the reverse of the id order.
    id: `c${String(index + 1).padStart(4, "0")}`,
    commitmentId: commitment.id,
    message: `Message ${index}`,
    addressHash: "hash",
    locale: "ru",
    state,
    createdAt: new Date(Date.UTC(2025, 0, 1, 0, 0, Math.floor(index / 2))),
    ...(state === "NEW" ? {} : { decidedAt: new Date(Date.UTC(2025, 1, 1)) }),
  });
  for (let index = 50; index >= 0; index -= 1)
    created.push(await db.readerCorrection.create({ data: correction(index), select: { id: true, createdAt: true } }));
  await db.readerCorrection.create({ data: correction(-1, "HANDLED") });
  created.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
});

afterAll(() => db.$disconnect());

describe("the reader inbox, a page at a time", () => {
  it("shows 50 new messages a page, oldest first, and the 51st on page 2", async () => {
    const [first, second] = await Promise.all([listCorrections(1), listCorrections(2)]);
    expect([first.page, first.pageCount, first.newCount, first.open.length]).toEqual([1, 2, 51, 50]);
    expect([second.page, second.pageCount, second.open.length]).toEqual([2, 2, 1]);
    expect([...first.open, ...second.open].map((item) => item.id)).toEqual(created.map((item) => item.id));
    expect(second.decided.map((item) => item.message)).toEqual(["Message -1"]);
  });

  it("shows the last page for a page past the end", async () => {
    const past = await listCorrections(7);
    expect([past.page, past.open.map((item) => item.id)]).toEqual([2, [created[50]!.id]]);
  });
});
