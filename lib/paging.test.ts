import { describe, expect, it } from "vitest";
import { pageWindow, readPageParam, takeReturnPage } from "./paging";

describe("readPageParam", () => {
  it("reads a page number and treats a missing or malformed one as page 1", () => {
    expect(readPageParam({ page: "3" })).toBe(3);
    expect(readPageParam({ page: [" 2 ", "9"] })).toBe(2);
    for (const page of [undefined, "", "0", "-1", "1.5", "abc", "2e400", "9".repeat(30)])
      expect(readPageParam({ page }), String(page)).toBe(1);
  });
});

describe("pageWindow", () => {
  it("pages 50 at a time and counts the pages", () => {
    expect(pageWindow(1, 120)).toEqual({ page: 1, pageCount: 3, skip: 0, take: 50 });
    expect(pageWindow(2, 51)).toEqual({ page: 2, pageCount: 2, skip: 50, take: 50 });
    expect(pageWindow(1, 50).pageCount).toBe(1);
  });

  it("shows the last page past the end, and one empty page when there is nothing", () => {
    expect(pageWindow(99, 51)).toEqual({ page: 2, pageCount: 2, skip: 50, take: 50 });
    expect(pageWindow(3, 0)).toEqual({ page: 1, pageCount: 1, skip: 0, take: 50 });
  });
});

describe("takeReturnPage", () => {
  it("gives the page a queue's form came from for the redirect, and removes the field from what the operation gets", () => {
    const values: Record<string, string | string[]> = { proposalId: "p1", returnPage: "2" };
    expect(takeReturnPage(values)).toBe("&page=2");
    expect(values).toEqual({ proposalId: "p1" });
    for (const returnPage of ["1", "0", "x", "2&admin=1"]) expect(takeReturnPage({ returnPage }), returnPage).toBe("");
    expect(takeReturnPage({})).toBe("");
  });
});
