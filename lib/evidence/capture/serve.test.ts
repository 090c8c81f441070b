import { describe, expect, it } from "vitest";
import { archivedCopyHeaders } from "./serve";

const sha256 = "ab".repeat(32);

describe("serving an archived copy", () => {
  it("renders HTML inert: sandboxed, no outside resources, nosniff, with its digest", () => {
    const headers = archivedCopyHeaders({ sha256, contentType: "text/html; charset=windows-1251", size: 10 }, false);
    expect(headers.get("content-security-policy")).toMatch(/^sandbox;/);
    expect(headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(headers.get("content-type")).toBe("text/html; charset=windows-1251");
    expect(headers.get("x-content-type-options")).toBe("nosniff");
    expect(headers.get("content-disposition")).toBeNull();
    expect(headers.get("repr-digest")).toBe(`sha-256=:${Buffer.from(sha256, "hex").toString("base64")}:`);
  });

  it("serves PDFs and text with their type and nosniff", () => {
    expect(archivedCopyHeaders({ sha256, contentType: "application/pdf", size: 10 }, false).get("content-type")).toBe(
      "application/pdf",
    );
    const text = archivedCopyHeaders({ sha256, contentType: "text/plain", size: 10 }, false);
    expect(text.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(text.get("x-content-type-options")).toBe("nosniff");
  });

  it("offers other types, and any copy on request, only as a download", () => {
    const word = archivedCopyHeaders({ sha256, contentType: "application/msword", size: 10 }, false);
    expect(word.get("content-type")).toBe("application/octet-stream");
    expect(word.get("content-disposition")).toMatch(/^attachment; filename="uade-copy-abababababab\.bin"$/);
    expect(
      archivedCopyHeaders({ sha256, contentType: "text/html", size: 10 }, true).get("content-disposition"),
    ).toMatch(/^attachment; .*\.html"$/);
  });
});
