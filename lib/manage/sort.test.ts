import { describe, expect, it } from "vitest";
import { parseWorkspaceSort, sortWorkspaceRows } from "./sort";

const row = (id: string, overrides: Partial<Parameters<typeof sortWorkspaceRows>[0][number]> = {}) => ({
  id,
  title: id,
  officialClaim: "NO_CLAIM",
  assessment: "NOT_ASSESSED",
  isPublished: true,
  isArchived: false,
  lastVerifiedOn: null as Date | null,
  updatedAt: new Date("2026-01-01T00:00:00Z"),
  flags: [] as ("overdue" | "never-assessed" | "stale")[],
  ...overrides,
});

describe("sorting the workspace list", () => {
  const rows = [
    row("b", {
      assessment: "IMPLEMENTED",
      officialClaim: "ADOPTED",
      isPublished: false,
      lastVerifiedOn: new Date("2026-05-01T00:00:00Z"),
      flags: ["stale", "overdue"],
    }),
    row("a", {
      assessment: "STALLED",
      officialClaim: "PLANNED",
      isArchived: true,
      updatedAt: new Date("2026-03-01T00:00:00Z"),
      flags: ["stale"],
    }),
    row("c", { lastVerifiedOn: new Date("2026-02-01T00:00:00Z") }),
  ];
  const ids = (sort: Parameters<typeof sortWorkspaceRows>[1], direction: "asc" | "desc") =>
    sortWorkspaceRows(rows, sort, direction).map((r) => r.id);

  it("sorts by every column, both ways", () => {
    expect(ids("title", "asc")).toEqual(["a", "b", "c"]);
    expect(ids("title", "desc")).toEqual(["c", "b", "a"]);
    expect(ids("assessment", "asc")).toEqual(["c", "a", "b"]);
    expect(ids("claim", "desc")).toEqual(["b", "a", "c"]);
    expect(ids("state", "asc")).toEqual(["b", "c", "a"]);
    expect(ids("verified", "asc")).toEqual(["a", "c", "b"]);
    expect(ids("flags", "desc")).toEqual(["b", "a", "c"]);
    expect(ids("updated", "desc")).toEqual(["a", "b", "c"]);
  });

  it("reads the sort from the address, defaulting to the newest change first", () => {
    expect(parseWorkspaceSort({ sort: "claim" })).toEqual({ sort: "claim", direction: "asc" });
    expect(parseWorkspaceSort({ sort: "verified", dir: "desc" })).toEqual({ sort: "verified", direction: "desc" });
    expect(parseWorkspaceSort({ sort: "password", dir: "sideways" })).toEqual({ sort: "updated", direction: "desc" });
  });
});
