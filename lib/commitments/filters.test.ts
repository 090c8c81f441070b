import { describe, expect, it } from "vitest";
import { filtersToSearchParams, hasActiveFilters, parseCommitmentFilters } from "./filters";

describe("parseCommitmentFilters", () => {
  it("reads repeated and single values from the URL", () => {
    const { filters, pagination, errors } = parseCommitmentFilters(
      new URLSearchParams(
        "assessment=STALLED&assessment=REVERSED&claim=ADOPTED&category=torture&instrument=CAT&overdue=1&q=%20death%20&sort=title&page=3&per_page=10",
      ),
    );
    expect(errors).toEqual([]);
    expect(filters).toEqual({
      assessment: ["STALLED", "REVERSED"],
      claim: ["ADOPTED"],
      category: ["torture"],
      instrument: ["CAT"],
      body: [],
      isOverdue: true,
      query: "death",
      sort: "title",
    });
    expect(pagination).toEqual({ page: 3, pageSize: 10 });
  });

  it("treats the empty values of a GET form as no filter", () => {
    const { filters, errors } = parseCommitmentFilters({ assessment: "", claim: "", q: "", sort: "updated" });
    expect(errors).toEqual([]);
    expect(hasActiveFilters(filters)).toBe(false);
  });

  it("reports invalid values and keeps the valid ones, so a mistyped link still works", () => {
    const { filters, pagination, errors } = parseCommitmentFilters(
      new URLSearchParams("assessment=BOGUS&assessment=STALLED&page=-2&per_page=5000&sort=random"),
    );
    expect(filters.assessment).toEqual(["STALLED"]);
    expect(filters.sort).toBe("updated");
    expect(pagination).toEqual({ page: 1, pageSize: 25 });
    expect(errors.map((error) => error.split(":")[0])).toEqual(["assessment", "sort", "page", "per_page"]);
  });

  it("refuses an oversized search query instead of running it", () => {
    const { filters, errors } = parseCommitmentFilters({ q: "x".repeat(5000) });
    expect(filters.query).toBe("");
    expect(errors[0]).toMatch(/^q:/);
  });

  it("round-trips through filtersToSearchParams", () => {
    const original =
      "assessment=STALLED&claim=ADOPTED&category=children&instrument=CRC&body=Parliament&overdue=1&q=%D2%9B%D0%B0%D0%B7&sort=target";
    const { filters } = parseCommitmentFilters(new URLSearchParams(original));
    const again = parseCommitmentFilters(filtersToSearchParams(filters)).filters;
    expect(again).toEqual(filters);
    expect(filtersToSearchParams(filters, { page: 2 }).get("page")).toBe("2");
  });
});
