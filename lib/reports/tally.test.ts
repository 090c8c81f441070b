import { describe, expect, it } from "vitest";
import { assessmentTally, totalsOf } from "./tally";

describe("the headline tally", () => {
  it("leads with what was kept, links each count to its filtered list and gives shares of the whole", () => {
    const { total, entries } = assessmentTally({ IMPLEMENTED: 2, REVERSED: 1, NOT_ASSESSED: 5 });
    expect(total).toBe(8);
    expect(entries.map((entry) => entry.key)).toEqual([
      "IMPLEMENTED",
      "PARTIALLY_IMPLEMENTED",
      "IN_PROGRESS",
      "NOT_STARTED",
      "STALLED",
      "REVERSED",
      "NOT_ASSESSED",
    ]);
    expect(entries[0]).toEqual({
      key: "IMPLEMENTED",
      count: 2,
      share: 0.25,
      href: "/commitments?assessment=IMPLEMENTED",
    });
    expect(entries.find((entry) => entry.key === "STALLED")).toMatchObject({ count: 0, share: 0 });
    expect(entries.find((entry) => entry.key === "REVERSED")?.href).toBe("/commitments?assessment=REVERSED");
  });

  it("counts nothing as zero, never as a division by zero", () => {
    expect(assessmentTally({}).entries.every((entry) => entry.count === 0 && entry.share === 0)).toBe(true);
  });
});

describe("a summary table's totals row", () => {
  it("sums each assessment's column over the rows", () => {
    expect(
      totalsOf([{ counts: { IMPLEMENTED: 1, STALLED: 2 } }, { counts: { IMPLEMENTED: 3, NOT_ASSESSED: 4 } }]),
    ).toEqual({
      NOT_ASSESSED: 4,
      NOT_STARTED: 0,
      IN_PROGRESS: 0,
      STALLED: 2,
      PARTIALLY_IMPLEMENTED: 0,
      IMPLEMENTED: 4,
      REVERSED: 0,
    });
  });
});
