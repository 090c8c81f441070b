import { describe, expect, it } from "vitest";
import { statusAsOf, type HistoryEntry } from "./as-of";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const at = (iso: string) => new Date(iso);

// A hand-built history: assessed as not started, then in progress, then implemented; the
// claim moved from planned to adopted. The current state is the end of that history.
const history: HistoryEntry[] = [
  {
    field: "ASSESSMENT",
    fromValue: "NOT_ASSESSED",
    toValue: "NOT_STARTED",
    effectiveOn: day("2024-01-10"),
    recordedAt: at("2024-01-11T09:00:00Z"),
  },
  {
    field: "OFFICIAL_CLAIM",
    fromValue: "PLANNED",
    toValue: "ADOPTED",
    effectiveOn: day("2024-03-01"),
    recordedAt: at("2024-03-02T09:00:00Z"),
  },
  {
    field: "ASSESSMENT",
    fromValue: "NOT_STARTED",
    toValue: "IN_PROGRESS",
    effectiveOn: day("2024-06-15"),
    recordedAt: at("2024-06-16T09:00:00Z"),
  },
  {
    field: "ASSESSMENT",
    fromValue: "IN_PROGRESS",
    toValue: "IMPLEMENTED",
    effectiveOn: day("2025-02-01"),
    recordedAt: at("2025-02-01T12:00:00Z"),
  },
];
const current = {
  officialClaim: "ADOPTED" as const,
  claimSince: day("2024-03-01"),
  assessment: "IMPLEMENTED" as const,
  assessmentSince: day("2025-02-01"),
};

describe("statusAsOf", () => {
  it.each([
    ["2024-01-09", "PLANNED", null, "NOT_ASSESSED", null],
    ["2024-01-10", "PLANNED", null, "NOT_STARTED", "2024-01-10"],
    ["2024-01-11", "PLANNED", null, "NOT_STARTED", "2024-01-10"],
    ["2024-02-29", "PLANNED", null, "NOT_STARTED", "2024-01-10"],
    ["2024-03-01", "ADOPTED", "2024-03-01", "NOT_STARTED", "2024-01-10"],
    ["2024-06-14", "ADOPTED", "2024-03-01", "NOT_STARTED", "2024-01-10"],
    ["2024-06-15", "ADOPTED", "2024-03-01", "IN_PROGRESS", "2024-06-15"],
    ["2025-01-31", "ADOPTED", "2024-03-01", "IN_PROGRESS", "2024-06-15"],
    ["2025-02-01", "ADOPTED", "2024-03-01", "IMPLEMENTED", "2025-02-01"],
    ["2026-11-22", "ADOPTED", "2024-03-01", "IMPLEMENTED", "2025-02-01"],
  ])("on %s: claim %s (since %s), assessment %s (since %s)", (date, claim, claimSince, assessment, assessmentSince) => {
    expect(statusAsOf(current, history, day(date))).toEqual({
      officialClaim: claim,
      claimSince: claimSince ? day(claimSince) : null,
      assessment,
      assessmentSince: assessmentSince ? day(assessmentSince) : null,
    });
  });

  it("lets the later-recorded of two changes on the same day win", () => {
    const sameDay: HistoryEntry[] = [
      {
        field: "ASSESSMENT",
        fromValue: "NOT_ASSESSED",
        toValue: "STALLED",
        effectiveOn: day("2025-05-05"),
        recordedAt: at("2025-05-05T10:00:00Z"),
      },
      {
        field: "ASSESSMENT",
        fromValue: "STALLED",
        toValue: "REVERSED",
        effectiveOn: day("2025-05-05"),
        recordedAt: at("2025-05-06T10:00:00Z"),
      },
    ];
    const now = { ...current, assessment: "REVERSED" as const, assessmentSince: day("2025-05-05") };
    expect(statusAsOf(now, [...sameDay].reverse(), day("2025-05-05")).assessment).toBe("REVERSED");
  });

  it("returns the current state when there is no history", () => {
    expect(statusAsOf(current, [], day("2000-01-01"))).toEqual(current);
  });
});
