import { describe, expect, it } from "vitest";
import { PERMISSIONS, hasPermission, isKnownRole } from "./permissions";

describe("the permission table", () => {
  it("gives admins every permission", () => {
    for (const permission of PERMISSIONS) expect(hasPermission("ADMIN", permission)).toBe(true);
  });

  it("lets editors work on commitments, statuses and evidence but not on users, bodies or the audit log", () => {
    expect(hasPermission("EDITOR", "status:update")).toBe(true);
    expect(hasPermission("EDITOR", "evidence:manage")).toBe(true);
    expect(hasPermission("EDITOR", "commitment:create")).toBe(true);
    expect(hasPermission("EDITOR", "user:manage")).toBe(false);
    expect(hasPermission("EDITOR", "audit:read")).toBe(false);
    expect(hasPermission("EDITOR", "body:manage")).toBe(false);
    expect(hasPermission("EDITOR", "webhook:manage")).toBe(false);
  });

  it("denies unknown, empty and prototype-looking roles", () => {
    for (const role of ["VIEWER", "admin", "", "__proto__", "constructor", "toString", null, undefined]) {
      expect(hasPermission(role, "workspace:read")).toBe(false);
    }
    expect(isKnownRole("constructor")).toBe(false);
  });
});
