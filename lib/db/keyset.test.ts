import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { iteratePublishedCommitments } from "@/lib/commitments/data";
import { parseCommitmentFilters } from "@/lib/commitments/filters";
import { parseCalendarDate } from "@/lib/calendar";

// Keyset batches must return every row exactly once, in order, for every sort the export offers,
// including one on a nullable column (a cursor row with a null target date).
const COUNT = 1_234;

beforeAll(async () => {
  await db.commitment.createMany({
    data: Array.from({ length: COUNT }, (_, index) => ({
      slug: `k-${String(index).padStart(5, "0")}`,
      title: `Commitment ${index % 97}`,
      summary: "s",
      category: "justice",
      responsibleBody: "government",
      isPublished: true,
      targetDate: index % 3 === 0 ? null : parseCalendarDate(`20${10 + (index % 20)}-01-01`),
    })),
  });
});
afterAll(() => db.$disconnect());

describe.each(["updated", "title", "target"] as const)("the export sorted by %s", (sort) => {
  it("yields every commitment once, across batches", async () => {
    const { filters } = parseCommitmentFilters({ sort });
    const slugs: string[] = [];
    let batches = 0;
    for await (const batch of iteratePublishedCommitments(filters)) {
      batches += 1;
      slugs.push(...batch.map((row) => row.slug));
    }
    expect(batches).toBeGreaterThan(2);
    expect(slugs).toHaveLength(COUNT);
    expect(new Set(slugs).size).toBe(COUNT);
  });
});
