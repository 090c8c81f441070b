import { describe, expect, it } from "vitest";
import { assessmentSeries, gapFigures, monthEnds, stackSegments, toCounts, type SeriesCommitment } from "./series";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const commitment = (
  id: string,
  assessment: SeriesCommitment["assessment"],
  firstStatedOn: string | null = null,
): SeriesCommitment => ({
  id,
  assessment,
  assessmentSince: null,
  officialClaim: "ADOPTED",
  claimSince: null,
  firstStatedOn: firstStatedOn ? day(firstStatedOn) : null,
});

describe("chart numbers", () => {
  it("stack a bar in chart order, as shares of its total or of a common scale", () => {
    const counts = toCounts({ NOT_ASSESSED: 2, IMPLEMENTED: 1, STALLED: 1 });
    expect(stackSegments(counts)).toEqual([
      { key: "IMPLEMENTED", count: 1, start: 0, size: 25 },
      { key: "STALLED", count: 1, start: 25, size: 25 },
      { key: "NOT_ASSESSED", count: 2, start: 50, size: 50 },
    ]);
    expect(stackSegments(counts, 8).map((segment) => segment.size)).toEqual([12.5, 12.5, 25]);
    expect(stackSegments(toCounts({}))).toEqual([]);
  });

  it("end each month on its last day, and the current month today", () => {
    expect(monthEnds(day("2025-11-15"), day("2026-02-10")).map((d) => d.toISOString().slice(0, 10))).toEqual([
      "2025-11-30",
      "2025-12-31",
      "2026-01-31",
      "2026-02-10",
    ]);
  });

  it("count each month from the history, as the snapshot report would", () => {
    const commitments = [
      commitment("a", "IMPLEMENTED"),
      commitment("b", "STALLED"),
      commitment("c", "NOT_ASSESSED"),
      commitment("late", "NOT_ASSESSED", "2026-11-05"),
    ];
    const history = [
      {
        commitmentId: "a",
        field: "ASSESSMENT" as const,
        fromValue: "NOT_ASSESSED",
        toValue: "IN_PROGRESS",
        effectiveOn: day("2026-09-10"),
        recordedAt: day("2026-09-10"),
      },
      {
        commitmentId: "a",
        field: "ASSESSMENT" as const,
        fromValue: "IN_PROGRESS",
        toValue: "IMPLEMENTED",
        effectiveOn: day("2026-11-02"),
        recordedAt: day("2026-11-02"),
      },
      {
        commitmentId: "b",
        field: "ASSESSMENT" as const,
        fromValue: "NOT_ASSESSED",
        toValue: "STALLED",
        effectiveOn: day("2026-10-31"),
        recordedAt: day("2026-11-01"),
      },
    ];
    const series = assessmentSeries(commitments, history, day("2026-11-20"));
    expect(series).toHaveLength(12);
    const byMonth = Object.fromEntries(series.map((point) => [point.month, point]));
    expect(byMonth["2026-08"]?.counts).toMatchObject({ NOT_ASSESSED: 3, IN_PROGRESS: 0 });
    expect(byMonth["2026-09"]?.counts).toMatchObject({ NOT_ASSESSED: 2, IN_PROGRESS: 1 });
    expect(byMonth["2026-10"]?.counts).toMatchObject({ NOT_ASSESSED: 1, IN_PROGRESS: 1, STALLED: 1 });
    expect(byMonth["2026-11"]?.counts).toMatchObject({ NOT_ASSESSED: 2, IMPLEMENTED: 1, STALLED: 1 });
    expect(byMonth["2026-11"]?.total).toBe(4);
    expect(byMonth["2026-10"]?.total).toBe(3);
  });

  it("reach back to the first recorded change, at most 24 months", () => {
    const history = [
      {
        commitmentId: "a",
        field: "ASSESSMENT" as const,
        fromValue: "NOT_ASSESSED",
        toValue: "STALLED",
        effectiveOn: day("2020-01-01"),
        recordedAt: day("2020-01-01"),
      },
    ];
    const series = assessmentSeries([commitment("a", "STALLED")], history, day("2026-11-20"));
    expect(series).toHaveLength(24);
    expect(series[0]?.month).toBe("2024-12");
  });

  it("set what the government claims against what the evidence shows", () => {
    const gap = gapFigures([
      { claim: "ADOPTED", assessment: "NOT_ASSESSED", count: 40 },
      { claim: "ADOPTED", assessment: "IMPLEMENTED", count: 2 },
      { claim: "ADOPTED", assessment: "STALLED", count: 5 },
      { claim: "IN_PROGRESS", assessment: "PARTIALLY_IMPLEMENTED", count: 3 },
      { claim: "ANNOUNCED", assessment: "IMPLEMENTED", count: 9 },
    ]);
    expect(gap).toEqual({
      claimedAdopted: 47,
      adoptedAndImplemented: 2,
      adoptedNotAssessed: 40,
      claimedActive: 50,
      activeWithProgress: 5,
      activeNotAssessed: 40,
    });
  });
});
