import { describe, expect, it } from "vitest";
import { BULK_LINK_MAX, bulkLinkSchema } from "./schema";

describe("the bulk link input", () => {
  it("reads one ticked box or many, counting a repeated id once", () => {
    expect(bulkLinkSchema.parse({ commitmentId: "c1", recommendationIds: "r1" }).recommendationIds).toEqual(["r1"]);
    expect(
      bulkLinkSchema.parse({ commitmentId: "c1", recommendationIds: ["r1", "r2", "r1"] }).recommendationIds,
    ).toEqual(["r1", "r2"]);
  });

  it("says to tick one when none is ticked, and refuses more than a page at once", () => {
    const none = bulkLinkSchema.safeParse({ commitmentId: "c1" });
    expect(none.success ? [] : none.error.issues.map((issue) => issue.message)).toEqual(["msg:linkNoneTicked"]);
    const many = Array.from({ length: BULK_LINK_MAX + 1 }, (_, index) => `r${index}`);
    expect(bulkLinkSchema.safeParse({ commitmentId: "c1", recommendationIds: many }).success).toBe(false);
  });
});
