import { describe, expect, it } from "vitest";
import { auditChanges } from "./diff";

describe("audit before → after", () => {
  it("lists only the fields that changed, with calendar dates shortened", () => {
    expect(
      auditChanges(
        JSON.stringify({ assessment: "NOT_ASSESSED", version: 1, title: "Same" }),
        JSON.stringify({
          assessment: "IMPLEMENTED",
          version: 2,
          title: "Same",
          effectiveOn: "2024-01-15T00:00:00.000Z",
        }),
      ),
    ).toEqual([
      { key: "assessment", before: "NOT_ASSESSED", after: "IMPLEMENTED" },
      { key: "version", before: "1", after: "2" },
      { key: "effectiveOn", before: "", after: "2024-01-15" },
    ]);
  });

  it("shows a removal and tolerates a snapshot that is not JSON", () => {
    expect(
      auditChanges(JSON.stringify({ removedAt: null }), JSON.stringify({ removedAt: "2026-11-22T10:00:00.000Z" })),
    ).toEqual([{ key: "removedAt", before: "—", after: "2026-11-22T10:00:00.000Z" }]);
    expect(auditChanges("not json", null)).toEqual([{ key: "value", before: "not json", after: "" }]);
  });
});
