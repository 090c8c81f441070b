import { describe, expect, it } from "vitest";
import { decidePublication, type PublicChange } from "./policy";

const OFF = { reviewAssessments: false, reviewClaims: false };
const BOTH = { reviewAssessments: true, reviewClaims: true };
const RECORD_CHANGES: PublicChange[] = [
  { kind: "evidence.edit" },
  { kind: "evidence.remove" },
  { kind: "quote.add" },
  { kind: "quote.remove" },
];

describe("publish now or propose", () => {
  it("makes every change of a contributor a proposal, whatever the settings", () => {
    for (const change of [...RECORD_CHANGES, { kind: "status", field: "ASSESSMENT" } as const]) {
      expect(decidePublication("CONTRIBUTOR", change, OFF)).toBe("propose");
      expect(decidePublication("CONTRIBUTOR", change, BOTH)).toBe("propose");
    }
  });

  it("lets editors, reviewers and admins publish evidence and quote changes, and statuses when review is off", () => {
    for (const role of ["EDITOR", "REVIEWER", "ADMIN"]) {
      for (const change of RECORD_CHANGES) expect(decidePublication(role, change, BOTH)).toBe("publish");
      expect(decidePublication(role, { kind: "status", field: "ASSESSMENT" }, OFF)).toBe("publish");
      expect(decidePublication(role, { kind: "status", field: "OFFICIAL_CLAIM" }, OFF)).toBe("publish");
    }
  });

  it("makes a status change a proposal for everyone when review is on for its field, and only for that field", () => {
    const claims = { reviewAssessments: false, reviewClaims: true };
    for (const role of ["EDITOR", "REVIEWER", "ADMIN"]) {
      expect(decidePublication(role, { kind: "status", field: "OFFICIAL_CLAIM" }, claims)).toBe("propose");
      expect(decidePublication(role, { kind: "status", field: "ASSESSMENT" }, claims)).toBe("publish");
    }
  });

  it("never lets an unknown role publish", () => {
    for (const role of ["VIEWER", "", null, undefined, "__proto__"])
      for (const change of RECORD_CHANGES) expect(decidePublication(role, change, OFF)).toBe("propose");
  });
});
