import { describe, expect, it } from "vitest";
import { countFlags, flagsOf } from "./flags";

const today = new Date("2026-11-22T10:00:00Z");

describe("workspace attention flags", () => {
  it("flags a never-assessed, never-verified commitment past its target date", () => {
    expect(
      flagsOf({ targetDate: new Date("2025-01-01"), assessment: "NOT_ASSESSED", lastVerifiedOn: null }, today),
    ).toEqual(["overdue", "never-assessed", "stale"]);
  });

  it("treats a check within six months as fresh and an implemented commitment as not overdue", () => {
    expect(
      flagsOf(
        { targetDate: new Date("2025-01-01"), assessment: "IMPLEMENTED", lastVerifiedOn: new Date("2026-06-01") },
        today,
      ),
    ).toEqual([]);
    expect(
      flagsOf({ targetDate: null, assessment: "IN_PROGRESS", lastVerifiedOn: new Date("2026-05-21") }, today),
    ).toEqual(["stale"]);
  });

  it("counts the flags across commitments", () => {
    expect(countFlags([{ flags: ["overdue", "stale"] }, { flags: ["stale"] }, { flags: [] }])).toEqual({
      overdue: 1,
      "never-assessed": 0,
      stale: 2,
    });
  });
});
