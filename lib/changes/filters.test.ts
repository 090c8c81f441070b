import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { listPublicChanges } from "./data";
import { changeFiltersQuery, parseChangeFilters } from "./filters";

describe("the reason filter of /changes", () => {
  it("reads one or several reason codes as the changes report does, and names an unknown one", () => {
    expect(parseChangeFilters({ reason: ["law_adopted", "other", ""] })).toEqual({
      filters: { reasons: ["law_adopted", "other"], page: 1 },
      invalid: [],
    });
    expect(parseChangeFilters({ reason: ["bogus", "law_amended"] })).toEqual({
      filters: { reasons: ["law_amended"], page: 1 },
      invalid: ["reason"],
    });
    expect(parseChangeFilters({}).filters.reasons).toEqual([]);
  });

  it("keeps every reason in links to other pages", () => {
    const { filters } = parseChangeFilters({ reason: ["law_adopted", "other"], category: "torture" });
    expect(changeFiltersQuery(filters, 2)).toBe("category=torture&reason=law_adopted&reason=other&page=2");
    const again = new URLSearchParams(changeFiltersQuery(filters));
    expect(
      parseChangeFilters({ category: again.get("category") ?? undefined, reason: again.getAll("reason") }).filters,
    ).toEqual(filters);
  });
});

describe("public changes of some reasons", () => {
  beforeAll(async () => {
    const commitment = await db.commitment.create({
      data: {
        slug: "feed",
        title: "Feed",
        summary: "s",
        category: "torture",
        responsibleBody: "government",
        isPublished: true,
      },
    });
    for (const [toValue, day, reasonCode] of [
      ["NOT_STARTED", "2025-01-10", "law_adopted"],
      ["IN_PROGRESS", "2025-02-10", "budget_allocated"],
      ["STALLED", "2025-03-10", "blocked_by_court"],
    ] as const) {
      await db.statusChange.create({
        data: {
          commitmentId: commitment.id,
          field: "ASSESSMENT",
          fromValue: "NOT_ASSESSED",
          toValue,
          effectiveOn: new Date(`${day}T00:00:00Z`),
          justification: "j",
          reasonCode,
        },
      });
    }
  });

  afterAll(() => db.$disconnect());

  it("lists only changes with one of the codes, newest first; no codes lists them all", async () => {
    const codes = async (reasons: string[]) =>
      (await listPublicChanges(parseChangeFilters({ reason: reasons }).filters)).items.map((item) => item.reasonCode);
    expect(await codes(["law_adopted", "blocked_by_court"])).toEqual(["blocked_by_court", "law_adopted"]);
    expect(await codes(["budget_allocated"])).toEqual(["budget_allocated"]);
    expect(await codes([])).toEqual(["blocked_by_court", "budget_allocated", "law_adopted"]);
  });
});
